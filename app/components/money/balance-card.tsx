import { useTranslations } from "use-intl";
import type { ApartmentOverview } from "../../../worker/apartments/contract";
import { formatDate, formatMoney, formatPeriod } from "../../../worker/lib/i18n/format";
import { PayOnlineForm } from "./pay-online-form";
import { Badge, type BadgeTone } from "../ui/badge";
import { Disclosure } from "../ui/disclosure";
import { BankTransfer } from "../bank-transfer";
import { paymentFormPart } from "./payment-form-part";
import { paymentPrefill } from "./payment-prefill";
import { ReceiptLink } from "./receipt-link";
import { Card } from "../page";
import { useFormatLocale } from "../../i18n/format-locale";

type Ledger = ApartmentOverview["ledgers"][number];
// "I've paid by transfer" opens when asked (or on arrival from /homes' button): the form's code (and
// Conform's) loads then (issue 17 §5).
const { Part: PaymentForm } = paymentFormPart;

const TONE: Record<string, BadgeTone> = { paid: "success", partially_paid: "warning", due: "info", overdue: "danger" };
const PERIODS_SHOWN = 12;

/**
 * The renter's home opens on this card (issue 14 §1): what they owe now, the next rent and its day, each
 * recent month's status (paid / partly / due / overdue, with its receipt: the quittance once paid, a receipt of the sum paid when partly paid) and what to do: pay online
 * (only when Stripe is configured), "I've paid by transfer" (the oldest unpaid month no payment waits on and
 * its amount prefilled, the org's IBAN and the lease's transfer reference shown), receipts. Amounts in minor units of
 * the ledger's currency; `today` and `nextDue.date` are the org's dates (`YYYY-MM-DD`). Money paid ahead
 * (the allocation's `credit`) shows under the amount due. It holds the page's one month-by-month list.
 */
export function BalanceCard({
  ledger,
  bank,
  nextDue,
  today,
  onlinePayments,
  checkoutKey,
  receiptsAvailable,
  canPay,
  openPaid = false,
  waitingPeriods = [],
  checkoutError,
}: {
  ledger: Ledger;
  bank: ApartmentOverview["bankDetails"];
  nextDue: { date: string; amount: number } | null;
  today: string;
  onlinePayments: boolean;
  checkoutKey: string;
  receiptsAvailable: boolean;
  canPay: boolean;
  /** Opens "I've paid by transfer" on first render (the renter came from that button on /homes). */
  openPaid?: boolean;
  /** The months (`YYYY-MM`) a payment of this lease already waits on: never the one prefilled. */
  waitingPeriods?: (string | null)[];
  /** Why paying online could not start (the action's sentence), shown by its button. */
  checkoutError?: string;
}) {
  const t = useTranslations("money.balance");
  const owes = ledger.balance > 0;
  return (
    <Card
      headingId="balance-title"
      title={t("title")}
      testId="balance-card"
      frame="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      titleClassName="text-sm font-medium text-slate-600"
      headerClassName=""
    >
      <AmountDue ledger={ledger} nextDue={nextDue} />
      {checkoutError && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {checkoutError}
        </p>
      )}
      {canPay && (
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          {onlinePayments && owes && <PayOnlineForm ledger={ledger} checkoutKey={checkoutKey} busy={false} />}
          <PaidByTransfer ledger={ledger} bank={bank} today={today} open={openPaid} waiting={waitingPeriods} />
        </div>
      )}
      <BalancePeriods ledger={ledger} receiptsAvailable={receiptsAvailable} />
    </Card>
  );
}

/**
 * "I've paid by transfer": the org's bank details and the renter's report, prefilled by `paymentPrefill`
 * (nothing, with a line saying why, when every month due already has a payment waiting). `open` on arrival
 * from My homes' button, with the focus on the form.
 */
function PaidByTransfer({
  ledger,
  bank,
  today,
  open,
  waiting,
}: {
  ledger: Ledger;
  bank: ApartmentOverview["bankDetails"];
  today: string;
  open: boolean;
  waiting: (string | null)[];
}) {
  const t = useTranslations("money.balance");
  const prefill = paymentPrefill(ledger, waiting);
  return (
    <Disclosure
      summary={t("paidByTransfer")}
      className="w-full"
      testId="paid-by-transfer"
      defaultOpen={open}
      focusOnMount={open}
    >
      {prefill.allWaiting && (
        <p role="note" className="mb-3 text-sm text-slate-700" data-testid="all-waiting">
          {t("allWaiting")}
        </p>
      )}
      <div className="grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4 lg:grid-cols-2">
        <BankTransfer bank={bank} reference={ledger.transferReference} />
        <PaymentForm
          id="paid"
          side="renter"
          currency={ledger.currency}
          today={today}
          amount={prefill.amount}
          period={prefill.period}
          method="transfer"
          leaseId={ledger.leaseId}
          owed={Math.max(0, ledger.balance)}
        />
      </div>
    </Disclosure>
  );
}

/** What the renter owes now (or that they are up to date), the money paid ahead, and the next rent. */
function AmountDue({ ledger, nextDue }: { ledger: Ledger; nextDue: { date: string; amount: number } | null }) {
  const t = useTranslations("money.balance");
  const formatLocale = useFormatLocale();
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  const owes = ledger.balance > 0;
  return (
    <div className="mt-1 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
      <div>
        <p className="text-sm text-slate-700">{owes ? t("due") : t("upToDate")}</p>
        <p
          className={`text-3xl font-bold tabular-nums ${owes ? "text-slate-900" : "text-emerald-800"}`}
          data-testid="amount-due"
        >
          {money(Math.max(ledger.balance, 0))}
        </p>
        {ledger.credit > 0 && (
          <p className="text-sm font-medium text-emerald-800" data-testid="credit">
            {t("credit", { amount: money(ledger.credit) })}
          </p>
        )}
      </div>
      {nextDue && (
        <p className="text-sm text-slate-700" data-testid="next-due">
          {t("nextDue", { amount: money(nextDue.amount), date: formatDate(nextDue.date, formatLocale, "long") })}
        </p>
      )}
    </div>
  );
}

/**
 * The latest months with their status badge, and each month's receipt as app/lib/receipt-links.ts decides it
 * (a paid month's quittance, a partly paid month's receipt; none while the org has no legal identity).
 */
function BalancePeriods({ ledger, receiptsAvailable }: { ledger: Ledger; receiptsAvailable: boolean }) {
  const t = useTranslations("money.balance");
  const formatLocale = useFormatLocale();
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  return (
    <>
      {ledger.periods.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t("noPeriods")}</p>
      ) : (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-slate-800">{t("periods")}</h3>
          <ul className="mt-2 divide-y divide-slate-100" data-testid="balance-periods">
            {ledger.periods.slice(0, PERIODS_SHOWN).map((p) => (
              <li key={p.period} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span className="font-medium">{formatPeriod(p.period, formatLocale)}</span>
                <span className="flex flex-wrap items-center gap-2">
                  <span className="tabular-nums text-slate-700">
                    {p.outstanding > 0 ? money(p.outstanding) : money(p.due)}
                  </span>
                  <Badge tone={TONE[p.status] ?? "neutral"}>
                    {p.status in TONE ? t(`statuses.${p.status as "paid"}`) : p.status}
                  </Badge>
                  <ReceiptLink
                    leaseId={ledger.leaseId}
                    period={p}
                    receiptsAvailable={receiptsAvailable}
                    side="renter"
                  />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
