import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../../worker/lib/i18n/format";
import { useFormatLocale } from "../../i18n/format-locale";
import { Button } from "../button";
import { SelectField } from "../field";
import type { Ledger } from "../ledger-forms";

/**
 * The renter pays the whole balance or one month online (intent `checkout`: the action starts a Stripe
 * Checkout and redirects to it); amounts in minor units of the ledger's currency. The page's Idempotency-Key
 * (`checkoutKey`) makes a resubmission replay the same checkout instead of starting another.
 */
export function PayOnlineForm({ ledger, checkoutKey, busy }: { ledger: Ledger; checkoutKey?: string; busy: boolean }) {
  const t = useTranslations("money.payOnline");
  const formatLocale = useFormatLocale();
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  return (
    <Form method="post" className="mt-3 flex flex-wrap items-end gap-2" aria-label={t("form")}>
      <input type="hidden" name="intent" value="checkout" />
      <input type="hidden" name="leaseId" value={ledger.leaseId} />
      <input type="hidden" name="idempotencyKey" value={checkoutKey} />
      <SelectField label={t("what")} name="period" className="min-w-48">
        <option value="">{t("wholeBalance", { amount: money(ledger.balance) })}</option>
        {ledger.periods
          .filter((p) => p.outstanding > 0)
          .map((p) => (
            <option key={p.period} value={p.period}>
              {t("period", { period: formatPeriod(p.period, formatLocale), amount: money(p.outstanding) })}
            </option>
          ))}
      </SelectField>
      <Button disabled={busy}>{t("submit")}</Button>
    </Form>
  );
}
