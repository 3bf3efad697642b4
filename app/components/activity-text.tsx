import { useTranslations } from "use-intl";
import type { Activity } from "../../worker/rooms/contract";
import type { LedgerSystemReason } from "../../worker/rent/contract";
import { systemActivityKey } from "../lib/system-text";
import { maintenanceFeedFacts } from "../../worker/rooms/vocabulary";
import { MaintenanceStepText } from "./maintenance/feed-step";
import { usePaymentWords } from "./money/payment-words";

/**
 * A feed entry's text in the reader's language: entries the server wrote (a payment dispute's stage…) from
 * their kind through the `systemText` catalogue, a maintenance step from its stored facts; a payment without a note by its method and day received;
 * people's notes as they wrote them.
 */
export function ActivityText({
  activity,
}: {
  activity: Pick<Activity, "kind" | "description"> & Partial<Pick<Activity, "amount" | "method" | "receivedOn">>;
}) {
  const t = useTranslations("systemText");
  const payment = usePaymentWords();
  const key = systemActivityKey(activity);
  if (key) return <>{t(key)}</>;
  const step = maintenanceFeedFacts(activity);
  if (step) return <MaintenanceStepText facts={step} />;
  const { amount = null, method = null, receivedOn = null } = activity;
  return <>{payment({ description: activity.description, amount, method, receivedOn }) ?? activity.description}</>;
}

/**
 * A ledger entry's reason, prefixed " · ": an entry the server wrote (Stripe) by its `reasonKind` in the
 * reader's language (whatever English its `reason` holds), else the reason people typed; nothing without one.
 */
export function LedgerReason({ entry }: { entry: { reason: string | null; reasonKind?: LedgerSystemReason | null } }) {
  const t = useTranslations("systemText");
  const text = entry.reasonKind ? t(`ledgerReasons.${entry.reasonKind}`) : entry.reason;
  return text ? <>{` · ${text}`}</> : null;
}
