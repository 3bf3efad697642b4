import type { ReactNode } from "react";
import { Icon } from "../ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { formatDayOf } from "../../lib/dates";
import { useIsolate } from "../../i18n/bidi";
import { OverdueBadge, StatusBadge, UrgencyBadge } from "./badges";
import { useAssigneeText, useVisitText } from "./request-summary";
import type { RequestRow } from "./types";
import { useFormatLocale } from "../../i18n/format-locale";

/**
 * Requests as tappable cards (the renter's list, the board, the work orders): title, status, urgency and
 * overdue flag, where, when it was opened, the visit and who does it (`showAssignee`). Each opens `${base}/{id}`.
 */
export function RequestList({
  requests,
  base,
  showAssignee = false,
}: {
  requests: RequestRow[];
  base: string;
  showAssignee?: boolean;
}) {
  const t = useTranslations("maintenanceStaff.board");
  const tm = useTranslations("maintenance");
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  const visit = useVisitText();
  const assignee = useAssigneeText();
  return (
    <ul className="space-y-2" data-testid="request-list">
      {requests.map((r) => (
        <RequestCard key={r.id} request={r} to={`${base}/${r.id}`}>
          <span className="mt-0.5 block text-sm text-slate-600">
            {tm(`category.${r.category}`)} · {tm("where", { property: bidi(r.propertyName), unit: bidi(r.unitNumber) })}{" "}
            · {t("openedOn", { date: formatDayOf(r.createdAt, formatLocale, r.timezone) })}
          </span>
          {visit(r) ? <span className="mt-0.5 block text-sm text-slate-800">{visit(r)}</span> : null}
          {showAssignee ? (
            <span className="mt-0.5 block text-sm text-slate-800">{assignee(r) ?? t("unassigned")}</span>
          ) : null}
        </RequestCard>
      ))}
    </ul>
  );
}

/** What a request card shows of a request: its status, urgency, whether it is overdue, its title. */
type CardRequest = Pick<RequestRow, "id" | "status" | "urgency" | "overdue" | "title">;

/**
 * One request as a card linking to `to` (a list item): its badges and title, then `children` (the lines the
 * list adds: category, place, visit, assignee). The board, the work orders and the apartment's tab share it.
 */
export function RequestCard({ request: r, to, children }: { request: CardRequest; to: string; children: ReactNode }) {
  return (
    <li data-request-id={r.id} data-status={r.status}>
      <Link
        to={to}
        className={`flex items-center gap-3 rounded-xl border bg-white p-4 shadow-sm transition hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
          r.overdue ? "border-red-300" : "border-slate-200"
        }`}
      >
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-center gap-1.5">
            <StatusBadge status={r.status} />
            <UrgencyBadge urgency={r.urgency} />
            {r.overdue ? <OverdueBadge /> : null}
          </span>
          <span className="mt-1.5 block font-semibold break-words text-slate-900" dir="auto">
            {r.title}
          </span>
          {children}
        </span>
        <Icon name="chevron-right" className="size-5 shrink-0 text-slate-400 rtl:rotate-180" />
      </Link>
    </li>
  );
}
