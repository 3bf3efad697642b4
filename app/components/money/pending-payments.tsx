import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import type { Activity } from "../../../worker/rooms/contract";
import { formatMoney, formatPeriod } from "../../../worker/lib/i18n/format";
import { type FormReply, formErrorOf } from "../../lib/forms";
import { usePaymentWords } from "./payment-words";
import { Button } from "../button";
import type { FeedViewer } from "../activity-feed";
import { Badge } from "../ui/badge";
import { useFormatLocale } from "../../i18n/format-locale";
import { usePersonName } from "../../i18n/person-name";

/**
 * The payments waiting for a confirmation, at the top of the apartment and home pages (issue 14): amount,
 * month, who and how; the side that must confirm gets a Confirm button (intent `confirm`, answered in the row;
 * the page's data then reloads and the payment leaves the list). Rejecting with a reason stays in the feed.
 */
export function PendingPayments({
  payments,
  viewer,
  title,
}: {
  payments: Activity[];
  viewer: FeedViewer;
  title: string;
}) {
  if (payments.length === 0) return null;
  return (
    <section
      aria-labelledby="pending-payments-title"
      className="rounded-xl border border-amber-300 bg-amber-50/60 p-4"
      data-testid="pending-payments"
    >
      <h2 id="pending-payments-title" className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 divide-y divide-amber-200">
        {payments.map((p) => (
          <PendingPayment key={p.id} payment={p} viewer={viewer} />
        ))}
      </ul>
    </section>
  );
}

function PendingPayment({ payment: p, viewer }: { payment: Activity; viewer: FeedViewer }) {
  const t = useTranslations("money");
  const personName = usePersonName();
  const formatLocale = useFormatLocale();
  const paymentWords = usePaymentWords();
  const fetcher = useFetcher<FormReply>();
  const mayConfirm = p.confirmBySide === viewer.side && p.authorUserId !== viewer.userId && viewer.canConfirm;
  const error = formErrorOf(fetcher.data?.result);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-pending-id={p.id}>
      <div className="min-w-0">
        <p className="text-lg font-semibold tabular-nums">
          {p.amount !== null && p.currency ? formatMoney(p.amount, p.currency, formatLocale) : null}
        </p>
        <p className="text-sm text-slate-700">
          {t("pending.by", {
            name: personName(p.authorName),
            period: p.period ? formatPeriod(p.period, formatLocale) : "—",
          })}
        </p>
        {/* A payment someone reported: their note as written, else its method and day (never a system entry). */}
        <p className="text-sm break-words text-slate-600">{paymentWords(p) ?? p.description}</p>
      </div>
      {mayConfirm ? (
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="activityId" value={p.id} />
          <Button pending={fetcher.state !== "idle"}>{t("pending.confirm")}</Button>
        </fetcher.Form>
      ) : (
        <Badge tone="warning">{t("pending.waiting", { side: p.confirmBySide ?? viewer.side })}</Badge>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </li>
  );
}
