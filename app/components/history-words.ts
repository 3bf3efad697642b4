import { useTranslations } from "use-intl";
import { SYSTEM_PAYMENTS_ACTOR } from "../../worker/applications/vocabulary";

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

/**
 * An application history row the server wrote (a confirmation by the first payment online): the payment's
 * reference, from the stored reference or a legacy "Paid online (<reference>)" note; null for people's rows.
 */
export function onlinePaymentHistory(h: { actorUserId: string; note: string | null }): { ref: string } | null {
  if (h.actorUserId !== SYSTEM_PAYMENTS_ACTOR) return null;
  const legacy = /^Paid online \((.*)\)$/.exec(h.note ?? "");
  return { ref: legacy?.[1] ?? h.note ?? "" };
}
