import type { ReactNode } from "react";
import { Form, Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { Button, linkClass } from "../button";
import { PageHeader } from "../page";

const TABS = [
  { to: "/admin", key: "users" },
  { to: "/admin/listings", key: "listings" },
  { to: "/admin/orgs", key: "orgs" },
  { to: "/admin/audit", key: "audit" },
] as const;

/**
 * The admin console's frame: its title, the sections as tabs (links: each section is a page), the section's
 * search (`?q=`; none without `searchLabel`: the audit trail has its own filters) and its results.
 */
export function AdminConsole({ q, searchLabel, children }: { q: string; searchLabel?: string; children: ReactNode }) {
  const t = useTranslations("admin");
  const { pathname } = useLocation();
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <nav aria-label={t("tabs.label")} className="overflow-x-auto border-b border-slate-200">
        <ul className="flex gap-1">
          {TABS.map((tab) => {
            const current = pathname === tab.to;
            return (
              <li key={tab.to}>
                <Link
                  to={tab.to}
                  aria-current={current ? "page" : undefined}
                  className={`-mb-px block border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap focus-visible:outline-2 focus-visible:outline-teal-700 ${
                    current ? "border-teal-700 text-teal-900" : "border-transparent text-slate-600 hover:text-slate-900"
                  }`}
                >
                  {t(`tabs.${tab.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {searchLabel ? <ConsoleSearch q={q} searchLabel={searchLabel} /> : null}
      {children}
    </div>
  );
}

/** The section's search form (`?q=`), with a way back to everything. */
function ConsoleSearch({ q, searchLabel }: { q: string; searchLabel: string }) {
  const t = useTranslations("admin");
  const { pathname } = useLocation();
  return (
    <Form method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <label className="block flex-1 text-sm font-medium text-slate-900">
        {searchLabel}
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm font-normal"
        />
      </label>
      <Button>{t("search.submit")}</Button>
      {q ? (
        <Link to={pathname} className={`${linkClass} self-center text-sm`}>
          {t("search.clear")}
        </Link>
      ) : null}
    </Form>
  );
}

/** The results' pages: "1–20 of 42" and previous / next links keeping the search. */
export function Pager({ q, page, limit, total }: { q: string; page: number; limit: number; total: number }) {
  const t = useTranslations("admin");
  if (total === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const link = (p: number) => `?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) }).toString()}`;
  const from = (page - 1) * limit + 1;
  return (
    <nav aria-label={t("pager.label")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">{t("pager.summary", { from, to: Math.min(page * limit, total), total })}</span>
      <span className="flex gap-3">
        {page > 1 ? (
          <Link to={link(page - 1)} className={linkClass}>
            {t("pager.previous")}
          </Link>
        ) : null}
        {page * limit < total ? (
          <Link to={link(page + 1)} className={linkClass}>
            {t("pager.next")}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

/** A status pill: `tone` good (teal), bad (red) or neutral (slate). */
export function Pill({ tone, children }: { tone: "good" | "bad" | "neutral"; children: ReactNode }) {
  const tones = {
    good: "bg-teal-50 text-teal-900 ring-teal-200",
    bad: "bg-red-50 text-red-900 ring-red-200",
    neutral: "bg-slate-100 text-slate-800 ring-slate-200",
  };
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
