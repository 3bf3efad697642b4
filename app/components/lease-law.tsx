import { useTranslations } from "use-intl";
import {
  annexesFor,
  CHARGES_MODES,
  isFrenchJurisdiction,
  LANDLORD_KINDS,
  LEASE_KINDS,
  leaseDuration,
  missingAnnexes,
  type Annex,
  type LeaseKind,
  type LeaseLawViolation,
} from "../../worker/lib/french-lease-law";
import { formatMoney } from "../../worker/lib/i18n/format";
import { type Field, SelectField } from "./field";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * The French-law parts of the lease and agreement forms (worker/lib/french-lease-law.ts, the same rules the
 * API enforces): the kind of lease, who lets, how charges are recovered, the annexes checklist, the term as
 * written, and each broken rule explained before anything is sent.
 */

/** A choice of the lease forms: its Conform `field`, whose form's `useForm` default is the first choice. */
type Choice = { field: Field; locked?: boolean; className?: string };

/** The kind of lease (unfurnished, furnished, student, bail mobilité). */
export function LeaseKindSelect({ field, locked, className }: Choice) {
  const t = useTranslations("lease.kind");
  return (
    <SelectField label={t("label")} field={field} disabled={locked} className={className}>
      {LEASE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(kind)}
        </option>
      ))}
    </SelectField>
  );
}

/** Who lets: a person or a company (the minimum term of an unfurnished lease depends on it). */
export function LandlordKindSelect({ field, locked, className }: Choice) {
  const t = useTranslations("lease.landlordKind");
  return (
    <SelectField label={t("label")} hint={t("hint")} field={field} disabled={locked} className={className}>
      {LANDLORD_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(kind)}
        </option>
      ))}
    </SelectField>
  );
}

/** Provision adjusted yearly, or a flat amount. */
export function ChargesModeSelect({ field, locked, className }: Choice) {
  const t = useTranslations("lease.chargesMode");
  return (
    <SelectField label={t("label")} field={field} disabled={locked} className={className}>
      {CHARGES_MODES.map((mode) => (
        <option key={mode} value={mode}>
          {t(mode)}
        </option>
      ))}
    </SelectField>
  );
}

const CONDITION_KEY: Partial<Record<Annex, "ifBuiltBefore1949" | "ifOver15Years" | "ifCoownership">> = {
  lead: "ifBuiltBefore1949",
  electricity: "ifOver15Years",
  gas: "ifOver15Years",
  coownership_rules: "ifCoownership",
};

/**
 * The annexes that apply to `kind`, ticked when attached (posted as `name`, one value per ticked annex); the
 * conditional ones say when they are required. Lists the always-required ones left unticked.
 */
export function AnnexChecklist(props: { name: string; kind: LeaseKind; attached: readonly string[]; locked: boolean }) {
  const { name, kind, attached, locked } = props;
  const t = useTranslations("lease.annexes");
  const missing = missingAnnexes(kind, attached);
  return (
    <fieldset className="space-y-1">
      <legend className="font-medium">{t("legend")}</legend>
      {annexesFor(kind).map(({ annex }) => {
        const condition = CONDITION_KEY[annex];
        return (
          <label key={annex} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={annex}
              defaultChecked={attached.includes(annex)}
              disabled={locked}
              className="mt-1"
            />
            <span>
              {t(annex)}
              {condition && (
                <>
                  {" "}
                  <span className="text-slate-600">{t(condition)}</span>
                </>
              )}
            </span>
          </label>
        );
      })}
      {missing.length > 0 && (
        <p className="text-sm text-amber-800">{t("missing", { list: missing.map((a) => t(a)).join(", ") })}</p>
      )}
    </fieldset>
  );
}

/** The term as written, both ends counted (1 September to 31 August: 12 months). */
export function LeaseTermText({ startDate, endDate }: { startDate?: string; endDate?: string }) {
  const t = useTranslations("lease");
  const valid = (d?: string): d is string => Boolean(d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!valid(startDate)) return null;
  if (!endDate) return <p className="text-sm text-slate-600">{t("openEnded")}</p>;
  if (!valid(endDate) || endDate < startDate) return null;
  return <p className="text-sm text-slate-600">{t("duration", leaseDuration(startDate, endDate))}</p>;
}

/**
 * Each broken rule as a sentence in the reader's language, before sending (nothing outside France, where
 * `country` is not French, or when nothing is broken).
 */
export function LawViolations(props: { country: string | null; violations: LeaseLawViolation[]; currency: string }) {
  const t = useTranslations("lease");
  const formatLocale = useFormatLocale();
  if (!isFrenchJurisdiction(props.country)) return null;
  return (
    <div className="space-y-1 text-sm">
      <p className="text-slate-600">{t("frenchLaw")}</p>
      {props.violations.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">
          <p className="font-medium">{t("violationsTitle")}</p>
          <ul className="list-disc ps-5">
            {props.violations.map((v) => (
              <li key={v.code} data-code={v.code}>
                {t(`violations.${v.code}`, {
                  ...v.params,
                  cap: formatMoney(v.params.cap ?? 0, props.currency, formatLocale),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
