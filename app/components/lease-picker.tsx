import { useTranslations } from "use-intl";
import { formatDate } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";
import type { LeaseOption } from "./lease-options";

/**
 * Which lease a payment or a request for confirmation is for, when the apartment has two or more current
 * leases: one radio per lease (each label whole, also on a phone), required, none chosen in advance (money on
 * the wrong lease is someone else's rent). The API stays the authority: without `leaseId` it answers 422
 * `lease_required`, whose translated sentence the field's error then shows. `required` may follow the form
 * (a plain note needs no lease).
 */
export function LeasePicker({
  leases,
  field,
  id = "lease-choice",
  required = true,
  className = "",
}: {
  leases: LeaseOption[];
  /** The Conform field: its name, the posted choice and its error after a refusal. */
  field: { name: string; initialValue?: unknown; errors?: string[] };
  id?: string;
  required?: boolean;
  className?: string;
}) {
  const t = useTranslations("ledgerForms");
  const formatLocale = useFormatLocale();
  const list = new Intl.ListFormat(formatLocale, { type: "conjunction" });
  const error = field.errors?.[0];
  return (
    <fieldset
      className={className}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{t("lease.label")}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("lease.hint")}
      </p>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {leases.map((l) => (
          <label
            key={l.id}
            className="flex items-start gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50"
          >
            <input
              type="radio"
              name={field.name}
              value={l.id}
              required={required}
              defaultChecked={field.initialValue === l.id}
              className="mt-0.5"
            />
            <span>
              <span className="block font-medium">
                {l.renters.length ? list.format(l.renters) : t("lease.noRenter")}
              </span>
              <span className="block text-slate-600">
                {t("lease.from", { start: formatDate(l.startDate, formatLocale) })}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
