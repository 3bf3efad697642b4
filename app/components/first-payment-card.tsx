import { useTranslations } from "use-intl";
import type { FirstPayment } from "../../worker/applications/contract";
import { formatDate, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { BankTransfer } from "./bank-transfer";
import { Card } from "./page";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * What an accepted applicant pays to get the place (issue 14 §1), as the API computed it (GET
 * /applications/{id} `firstPayment`, the lease's own first charge): the first month's rent and charges
 * (pro-rated from a mid-month move-in, the days said), the security deposit, the total, the due date, and
 * how to pay — online by card when `online`, and by transfer to the org's account with the reference (the
 * renter's side only).
 */
export function FirstPaymentCard({
  payment: p,
  online,
  side = "renter",
}: {
  payment: FirstPayment;
  online: boolean;
  /** The landlord's review shows what the applicant was asked to pay, without the how-to. */
  side?: "renter" | "landlord";
}) {
  const t = useTranslations("firstPayment");
  const locale = useFormatLocale();
  const money = (minor: number) => formatMoney(minor, p.currency, locale);
  const partial = p.days < p.daysInMonth;
  const month = formatPeriod(p.period, locale);
  const rows: [string, string, string][] = [
    [
      "rent",
      partial ? t("rentProrated", { month, days: p.days, total: p.daysInMonth }) : t("rentMonth", { month }),
      money(p.rent),
    ],
    ["charges", partial ? t("chargesProrated") : t("charges"), money(p.charges)],
    ["deposit", t("deposit"), money(p.deposit)],
  ];
  return (
    <Card
      headingId="first-payment-title"
      title={t("title")}
      testId="first-payment"
      frame="rounded-xl border border-teal-300 bg-teal-50/60 p-4"
      headerClassName=""
    >
      <p className="mt-1 text-sm text-slate-700">
        {t(side === "renter" ? "intro" : "landlordIntro", { date: formatDate(p.dueDate, locale, "long") })}
      </p>
      <dl className="mt-3 space-y-1 text-sm">
        {rows.map(([key, label, value]) => (
          <div key={key} className="flex justify-between gap-4" data-testid={`first-payment-${key}`}>
            <dt className="text-slate-700">{label}</dt>
            <dd className="font-medium text-slate-900 tabular-nums">{value}</dd>
          </div>
        ))}
        <div
          className="flex justify-between gap-4 border-t border-teal-300 pt-2 text-base"
          data-testid="first-payment-total"
        >
          <dt className="font-semibold text-slate-900">{t("total")}</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">{money(p.total)}</dd>
        </div>
        <div className="flex justify-between gap-4" data-testid="first-payment-due">
          <dt className="text-slate-700">{t("byWhen")}</dt>
          <dd className="font-medium text-slate-900">{formatDate(p.dueDate, locale, "long")}</dd>
        </div>
      </dl>
      {side === "renter" && <HowToPay payment={p} online={online} />}
    </Card>
  );
}

/** How to pay: online by card (`online`), and by transfer to the org's account with the lease's reference. */
function HowToPay({ payment: p, online }: { payment: FirstPayment; online: boolean }) {
  const t = useTranslations("firstPayment");
  return (
    <>
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("how")}</h3>
      <p className="mt-1 text-sm text-slate-700">
        {online ? t("online") : null} {p.bankDetails ? t("transfer") : t("noBank")}
      </p>
      {p.bankDetails ? (
        <div className="mt-3">
          <BankTransfer bank={p.bankDetails} reference={p.transferReference} />
        </div>
      ) : null}
    </>
  );
}
