import { useTranslations } from "use-intl";
import { onlinePaymentHistory } from "../lib/system-text";

/**
 * An application history row's actor and note as shown: a confirmation by the first payment online is
 * "Online payment" with its reference, in the reader's language; people's rows as written.
 */
export function useHistoryWords() {
  const t = useTranslations("systemText");
  return (h: { actorUserId: string; actorName: string; note: string | null }) => {
    const paid = onlinePaymentHistory(h);
    return paid
      ? { actor: t("actors.online_payment"), note: t("notes.paid_online", { ref: paid.ref }) }
      : { actor: h.actorName, note: h.note };
  };
}
