import { useTranslations } from "use-intl";
import type { MaintenanceStatus, MaintenanceUrgency } from "../../../worker/maintenance/contract";
import { Badge, type BadgeTone } from "../ui/badge";

/** What each status means to the reader: waiting on staff (warning), being worked on (info), done (success). */
const STATUS_TONE: Record<MaintenanceStatus, BadgeTone> = {
  open: "warning",
  reopened: "warning",
  triaged: "info",
  scheduled: "info",
  in_progress: "info",
  resolved: "success",
  closed: "neutral",
  cancelled: "neutral",
};

const URGENCY_TONE: Record<MaintenanceUrgency, BadgeTone> = {
  low: "neutral",
  normal: "neutral",
  urgent: "warning",
  emergency: "danger",
};

/** A request's status, in the page's language (`data-status` for tests and styling). */
export function StatusBadge({ status }: { status: MaintenanceStatus }) {
  const t = useTranslations("maintenanceRequest.status");
  return (
    <span data-status={status} className="contents">
      <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>
    </span>
  );
}

/** A request's urgency; low and normal are quiet, urgent and emergency stand out. */
export function UrgencyBadge({ urgency }: { urgency: MaintenanceUrgency }) {
  const t = useTranslations("maintenance.urgency");
  return <Badge tone={URGENCY_TONE[urgency]}>{t(urgency)}</Badge>;
}

/** "Overdue": an urgent request not acknowledged within 4 hours (an emergency: 1 hour), as the API says. */
export function OverdueBadge() {
  const t = useTranslations("maintenance");
  return <Badge tone="danger">{t("overdue")}</Badge>;
}
