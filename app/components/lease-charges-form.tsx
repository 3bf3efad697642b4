import type { SubmissionResult } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { CHARGES_MODES, isFrenchJurisdiction } from "../../worker/lib/french-lease-law";
import { formatMoney } from "../../worker/lib/i18n/format";
import { isLocale } from "../../worker/lib/i18n/locales";
import { minorToInput } from "../../worker/lib/money-input";
import { formErrorOf, succeeded } from "../lib/forms";
import { Button } from "./button";
import { SelectField, TextField } from "./field";
import { Disclosure } from "./ui/disclosure";
import { useToast } from "./ui/toast";
import { useFormatLocale } from "../i18n/format-locale";

type ChargesLease = { id: string; chargesAmount: number; currency: string; kind: string; startDate: string };

/**
 * "Change the charges" on a running or upcoming lease (intent `lease-charges`, app/lib/lease-charges.server.ts):
 * the monthly charges typed as money in the lease's currency and, in France, how they are recovered
 * (a provision adjusted yearly, or a flat amount for furnished leases). They apply from the next rent
 * charge; the ledger's past entries do not change. Opens by itself while it shows a refusal.
 */
export function LeaseChargesForm({
  lease,
  country,
  lastResult,
}: {
  lease: ChargesLease;
  country: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useTranslations("leaseCharges");
  const tm = useTranslations("lease.chargesMode");
  const raw = useLocale();
  const formatLocale = useFormatLocale();
  const busy = useNavigation().state !== "idle";
  const mine = lastResult?.initialValue?.leaseId === lease.id ? lastResult : undefined;
  const refused = mine !== undefined && !succeeded(mine);
  const posted = typeof mine?.initialValue?.chargesAmount === "string" ? mine.initialValue.chargesAmount : undefined;
  const locale = isLocale(raw) ? raw : "fr";
  const amount = formatMoney(lease.chargesAmount, lease.currency, formatLocale);
  useToast(mine, succeeded(mine), t("saved", { amount }));
  const french = isFrenchJurisdiction(country);
  return (
    <Disclosure summary={t("open")} defaultOpen={refused} className="open:basis-full">
      <Form
        method="post"
        className="mt-2 grid gap-3 sm:grid-cols-3"
        aria-label={t("formLabel")}
        // A fresh form (the stored amount) after each save.
        key={`${lease.id}-${lease.chargesAmount}`}
      >
        <input type="hidden" name="intent" value="lease-charges" />
        <input type="hidden" name="leaseId" value={lease.id} />
        <input type="hidden" name="currency" value={lease.currency} />
        <input type="hidden" name="expectedChargesAmount" value={lease.chargesAmount} />
        <TextField
          label={t("amount", { currency: lease.currency })}
          name="chargesAmount"
          id={`charges-${lease.id}`}
          inputMode="decimal"
          required
          defaultValue={
            refused && posted !== undefined ? posted : minorToInput(lease.chargesAmount, lease.currency, locale)
          }
          error={refused ? mine?.error?.chargesAmount?.[0] : undefined}
        />
        {french ? (
          <SelectField
            label={tm("label")}
            name="chargesMode"
            id={`charges-mode-${lease.id}`}
            defaultValue={lease.kind === "mobility" ? "flat" : "provision"}
            error={refused ? mine?.error?.chargesMode?.[0] : undefined}
          >
            {CHARGES_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {tm(mode)}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="chargesMode" value="provision" />
        )}
        <div className="flex items-end">
          <Button variant="secondary" disabled={busy} className="w-full">
            {t("submit")}
          </Button>
        </div>
        <p className="text-xs text-slate-600 sm:col-span-3">{t("hint")}</p>
        {refused && formErrorOf(mine) && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-3">
            {formErrorOf(mine)}
          </p>
        )}
      </Form>
    </Disclosure>
  );
}
