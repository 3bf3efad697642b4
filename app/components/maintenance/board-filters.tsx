import { Form, Link, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { MAINTENANCE_STATUSES, MAINTENANCE_URGENCIES } from "../../../worker/maintenance/vocabulary";
import { Button, buttonClass } from "../button";
import { SelectField } from "../field";
import { Disclosure } from "../ui/disclosure";
import type { RequestRow } from "./types";

type Option = { id: string; name: string };

/** Distinct `{id, name}` pairs, by id, in first-seen order. */
function distinct(pairs: (Option | null)[]): Option[] {
  const seen = new Map<string, Option>();
  for (const p of pairs) if (p && !seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/**
 * The board's filters, in the URL (a GET form, so a filtered board can be bookmarked and works without
 * JavaScript): status chips with their counts (`counts`, by status over every page; null: chips without
 * numbers), then property, assignee and urgency
 * behind "Filters". Properties and assignees are those of the requests shown.
 */
export function BoardFilters({ requests, counts }: { requests: RequestRow[]; counts: Record<string, number> | null }) {
  const t = useTranslations("maintenanceStaff.board");
  const tm = useTranslations("maintenance");
  const [search] = useSearchParams();
  const status = search.get("status");
  const properties = distinct(requests.map((r) => ({ id: r.propertyId, name: r.propertyName })));
  const people = distinct(
    requests.map((r) => (r.assigneeUserId ? { id: r.assigneeUserId, name: r.assigneeName ?? "" } : null)),
  );
  return (
    <div className="space-y-3">
      <StatusChips counts={counts} />
      <Disclosure summary={t("filters")}>
        <Form
          method="get"
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4"
        >
          {status ? <input type="hidden" name="status" value={status} /> : null}
          <SelectField label={t("property")} name="propertyId" defaultValue={search.get("propertyId") ?? ""}>
            <option value="">{t("any")}</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("assignee")} name="assigneeUserId" defaultValue={search.get("assigneeUserId") ?? ""}>
            <option value="">{t("any")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("urgency")} name="urgency" defaultValue={search.get("urgency") ?? ""}>
            <option value="">{t("any")}</option>
            {MAINTENANCE_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {tm(`urgency.${u}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex items-end gap-2">
            <Button className="grow">{t("apply")}</Button>
            <Link to="?" className={buttonClass("ghost")}>
              {t("reset")}
            </Link>
          </div>
        </Form>
      </Disclosure>
    </div>
  );
}

/** The status chips (links keeping the other filters), each with its count; the current one marked. */
function StatusChips({ counts }: { counts: Record<string, number> | null }) {
  const t = useTranslations("maintenanceStaff.board");
  const tst = useTranslations("maintenanceRequest.status");
  const [search] = useSearchParams();
  const status = search.get("status");
  const chip = (to: string, current: boolean) =>
    `inline-flex min-h-9 shrink-0 items-center gap-1.5 rounded-full px-3 text-sm font-medium whitespace-nowrap ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-teal-700 ${
      current ? "bg-teal-700 text-white ring-teal-700" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50"
    }`;
  const withStatus = (s: string | null) => {
    const next = new URLSearchParams(search);
    next.delete("page");
    if (s) next.set("status", s);
    else next.delete("status");
    return `?${next}`;
  };
  return (
    <nav aria-label={t("counts")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-2">
        <li>
          <Link to={withStatus(null)} className={chip("", !status)} aria-current={!status ? "page" : undefined}>
            {t("any")}
          </Link>
        </li>
        {MAINTENANCE_STATUSES.filter((s) => !counts || counts[s] || s === status).map((s) => (
          <li key={s}>
            <Link
              to={withStatus(s)}
              className={chip(s, status === s)}
              aria-current={status === s ? "page" : undefined}
              data-testid={`count-${s}`}
            >
              {tst(s)}
              {counts ? <span className="tabular-nums">{counts[s] ?? 0}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
