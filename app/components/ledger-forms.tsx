import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { Button } from "./button";
import { SelectField } from "./field";
import { useFormatLocale } from "../i18n/format-locale";

/** The rent panel's forms (app/lib/rent-actions.server.ts answers them; the adjustment's is ./adjustment-form.tsx). */

/** A lease's ledger as the apartment overview sends it: amounts in minor units of `currency`. */
export type Ledger = {
  leaseId: string;
  balance: number;
  currency: string;
  remindersEnabled: boolean;
  periods: {
    period: string;
    dueDate: string;
    due: number;
    paid: number;
    outstanding: number;
    status: string;
    daysLate: number;
  }[];
  entries: {
    id: string;
    kind: string;
    amount: number;
    period: string | null;
    reason: string | null;
    createdAt: string;
  }[];
};

/** The renter pays the whole balance or one month online; the page's Idempotency-Key makes a resubmission replay. */
export function PayOnlineForm({ ledger, checkoutKey, busy }: { ledger: Ledger; checkoutKey?: string; busy: boolean }) {
  const t = useTranslations("ledgerForms");
  const formatLocale = useFormatLocale();
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  return (
    <Form method="post" className="mt-3 flex flex-wrap items-end gap-2" aria-label={t("pay.form")}>
      <input type="hidden" name="intent" value="checkout" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      <input type="hidden" name="idempotencyKey" value={checkoutKey} />
      <SelectField label={t("pay.what")} name="period" className="min-w-48">
        <option value="">{t("pay.wholeBalance", { amount: money(ledger.balance) })}</option>
        {ledger.periods
          .filter((p) => p.outstanding > 0)
          .map((p) => (
            <option key={p.period} value={p.period}>
              {t("pay.period", { period: formatPeriod(p.period, formatLocale), amount: money(p.outstanding) })}
            </option>
          ))}
      </SelectField>
      <Button disabled={busy}>{t("pay.submit")}</Button>
    </Form>
  );
}

/** Switches the lease's rent reminders on or off. */
export function RemindersForm({ ledger, busy }: { ledger: Ledger; busy: boolean }) {
  const t = useTranslations("ledgerForms");
  return (
    <Form method="post" className="text-sm" aria-label={t("reminders.title")}>
      <input type="hidden" name="intent" value="reminders" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      {ledger.remindersEnabled ? null : <input type="hidden" name="enabled" value="on" />}
      <p className="font-medium">{t("reminders.title")}</p>
      <p className="text-slate-600">{ledger.remindersEnabled ? t("reminders.on") : t("reminders.off")}</p>
      <Button variant="secondary" className="mt-2" disabled={busy}>
        {ledger.remindersEnabled ? t("reminders.switchOff") : t("reminders.switchOn")}
      </Button>
    </Form>
  );
}
