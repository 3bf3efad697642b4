/**
 * The history actor of a confirmation by the first payment online (service `confirmAfterOnlinePayment`):
 * its row's `note` is the payment's reference (rows written before kinds were stored: the English
 * "Paid online (<reference>)"). The UI words it in the reader's language (app/components/history-words.ts): its own
 * module, without zod, for the browser (issue 17 §5); ./contract.ts re-exports it.
 */
export const SYSTEM_PAYMENTS_ACTOR = "system:payments";

/** Application events are dated on the clock of France (our market; IANA zone), labelled with the zone's offset. */
export const APPLICATION_TIME_ZONE = "Europe/Paris";
