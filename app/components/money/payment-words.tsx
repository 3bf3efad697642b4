import { useTranslations } from "use-intl";
import type { Activity } from "../../../worker/rooms/contract";
import { formatDate } from "../../../worker/lib/i18n/format";
import { useFormatLocale } from "../../i18n/format-locale";

/**
 * How a payment without a note reads, in the reader's language: "Payment by bank transfer · received 3 Mar
 * 2026" (method and day when the entry has them). Null for an entry with a note (shown as written).
 */
export function usePaymentWords() {
  const t = useTranslations("money");
  const formatLocale = useFormatLocale();
  return (a: Pick<Activity, "description" | "amount" | "method" | "receivedOn">): string | null => {
    if (a.description !== "" || a.amount === null) return null;
    const what = a.method ? t("feed.paymentBy", { method: t(`methods.${a.method}`).toLowerCase() }) : t("feed.payment");
    return a.receivedOn ? `${what} · ${t("feed.receivedOn", { date: formatDate(a.receivedOn, formatLocale) })}` : what;
  };
}
