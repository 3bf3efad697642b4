import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { homes } from "../../worker/leases/contract";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { useIsolate } from "../i18n/bidi";
import { ButtonLink, linkClass } from "./button";
import { Badge, type BadgeTone } from "./ui/badge";
import { useFormatLocale } from "../i18n/format-locale";

type Home = z.infer<typeof homes>["results"][number];

const TONE: Record<Home["status"], BadgeTone> = {
  current: "success",
  upcoming: "info",
  ended: "neutral",
  cancelled: "neutral",
};

/**
 * One of the renter's homes on /homes (issue 14 §1): where it is, its balance (amount due or credit, in minor
 * units of the lease's currency), the next due date (`nextDue`, the org's `YYYY-MM-DD`, null once the lease
 * has ended) and one primary action: pay online (when Stripe is on), "I've paid by transfer" (the home's
 * balance card opens on the form, `?paid=1`), or the receipts when nothing is owed.
 */
export function HomeCard({
  home,
  nextDue,
  onlinePayments,
}: {
  home: Home;
  nextDue: string | null;
  onlinePayments: boolean;
}) {
  const t = useTranslations("homes");
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  const money = (n: number) => formatMoney(n, home.currency, formatLocale);
  const page = `/homes/${home.apartmentId}`;
  const owes = home.balance > 0;
  const action = !owes
    ? { to: `${page}#balance-title`, label: t("card.receipts"), variant: "secondary" as const }
    : onlinePayments
      ? {
          to: `${page}#balance-title`,
          label: t("card.pay", { amount: money(home.balance) }),
          variant: "primary" as const,
        }
      : { to: `${page}?paid=1#balance-title`, label: t("card.paidByTransfer"), variant: "primary" as const };
  return (
    <article
      aria-labelledby={`home-${home.leaseId}`}
      className="flex h-full flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="home-card"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={`home-${home.leaseId}`} className="min-w-0 font-semibold break-words text-slate-900">
          <Link to={page} className={linkClass}>
            {t("address", { address: bidi(home.address), unit: bidi(home.unitNumber) })}
          </Link>
        </h2>
        <Badge tone={TONE[home.status]}>{t(`status.${home.status}`)}</Badge>
      </div>
      <p className="-mt-2 text-sm text-slate-600">
        {bidi(home.city)} · {bidi(home.orgName)}
      </p>
      <div>
        <p
          className={`text-xl font-bold tabular-nums ${owes ? "text-slate-900" : "text-emerald-800"}`}
          data-testid="home-balance"
        >
          {owes
            ? t("card.due", { amount: money(home.balance) })
            : home.balance < 0
              ? t("card.credit", { amount: money(-home.balance) })
              : t("card.upToDate")}
        </p>
        {nextDue && (
          <p className="text-sm text-slate-700" data-testid="home-next-due">
            {t("card.nextDue", { date: formatDate(nextDue, formatLocale, "long") })}
          </p>
        )}
      </div>
      {home.unread > 0 ? (
        <p>
          <span className="inline-flex rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white">
            {t("unread", { count: home.unread })}
          </span>
        </p>
      ) : null}
      <div className="mt-auto">
        <ButtonLink to={action.to} variant={action.variant} className="w-full sm:w-auto">
          {action.label}
        </ButtonLink>
      </div>
    </article>
  );
}
