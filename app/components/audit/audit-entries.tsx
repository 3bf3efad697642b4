import { Link, useSearchParams } from "react-router";
import { usePersonName } from "../../i18n/person-name";
import { useTranslations } from "use-intl";
import type { OrgAuditEntry } from "../../../worker/audit/contract";
import { auditLabelKey } from "../../../worker/audit/vocabulary";
import { formatDateTime, formatMoney } from "../../../worker/lib/i18n/format";
import type { FormatLocale } from "../../../worker/lib/i18n/regions";
import { useFormatLocale } from "../../i18n/format-locale";

/** A floor entry's action (`PATCH /api/apartments/:id`): its HTTP method, for the verb shown beside it. */
const METHOD = /^(POST|PUT|PATCH|DELETE) \//;
const VERBS = { POST: "created", PUT: "set", PATCH: "changed", DELETE: "deleted" } as const;

/** `details` as label/value pairs: the input's changed fields named, money (keys ending in "amount") as money. */
function detailPairs(details: Record<string, unknown> | null): [string, unknown][] {
  if (!details) return [];
  const { input, vendor: _shownAsActor, ...rest } = details;
  const fromInput = input && typeof input === "object" ? Object.entries(input as Record<string, unknown>) : [];
  return [...fromInput, ...Object.entries(rest)];
}

/** The vendor who acted through their job link (`details.vendor`, the floor's credit), by name. */
function vendorOf(details: Record<string, unknown> | null): string | null {
  const vendor = details?.vendor;
  return vendor && typeof vendor === "object" && "name" in vendor && typeof vendor.name === "string"
    ? vendor.name
    : null;
}

/** A recorded value for people: money (a key ending in "amount") as money, lists joined, objects as JSON. */
function shownValue(key: string, value: unknown, currency: string | null, locale: FormatLocale): string {
  if (currency && /amount$/i.test(key) && typeof value === "number") return formatMoney(value, currency, locale);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * The trail's entries, newest first: when (in the org's time zone, with its label), who (or the system), what
 * (the action, with a verb for a request's method), on which object (a link filtering on it), and the values
 * recorded behind "Details"; on the admins' trail, the org (a link filtering on it).
 */
export function AuditEntries({
  entries,
  timeZone,
  currency,
}: {
  entries: (OrgAuditEntry & { orgId?: string | null })[];
  timeZone: string;
  /** The org's currency for money values; null across orgs (the admins' trail): minor units as recorded. */
  currency: string | null;
}) {
  const locale = useFormatLocale();
  const [search] = useSearchParams();
  const only = (key: "targetId" | "orgId", id: string) => {
    const next = new URLSearchParams(search);
    next.delete("page");
    next.set(key, id);
    return `?${next}`;
  };
  const show = (key: string, value: unknown) => shownValue(key, value, currency, locale);
  return (
    <ol
      className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm"
      data-testid="audit-entries"
    >
      {entries.map((e) => (
        <AuditEntryItem key={e.id} entry={e} show={show} only={only} timeZone={timeZone} />
      ))}
    </ol>
  );
}

/** One entry of the trail (see `AuditEntries`). */
function AuditEntryItem({
  entry: e,
  show,
  only,
  timeZone,
}: {
  entry: OrgAuditEntry & { orgId?: string | null };
  show: (key: string, value: unknown) => string;
  only: (key: "targetId" | "orgId", id: string) => string;
  timeZone: string;
}) {
  const t = useTranslations("audit");
  const person = usePersonName();
  const locale = useFormatLocale();
  const method = METHOD.exec(e.action)?.[1] as keyof typeof VERBS | undefined;
  const knows = useKnownAction();
  const pairs = detailPairs(e.details);
  return (
    <li className="grid gap-1 p-4 sm:grid-cols-[12rem_1fr]" data-testid="audit-entry">
      <time dateTime={e.at} className="text-sm text-slate-600">
        {formatDateTime(e.at, locale, timeZone)}
      </time>
      <div className="min-w-0 space-y-1">
        <p className="text-sm text-slate-900">
          <span className="font-semibold" dir="auto">
            {e.actor
              ? e.actor.name
                ? person(e.actor.name)
                : e.actor.email
              : vendorOf(e.details)
                ? t("vendor", { name: vendorOf(e.details) ?? "" })
                : t("system")}
          </span>{" "}
          {/* The verb only for an action the catalogue has no words for (else the words say it). */}
          {method && !knows(e.action) ? <span className="text-slate-700">{t(`verb.${VERBS[method]}`)}</span> : null}
        </p>
        <AuditAction action={e.action} />
        {e.targetId ? (
          <p className="text-xs text-slate-600">
            {t("object")}{" "}
            <Link to={only("targetId", e.targetId)} className="font-mono text-teal-800 underline" dir="ltr">
              {e.targetType ? `${e.targetType} · ` : ""}
              {e.targetId}
            </Link>
          </p>
        ) : null}
        {e.orgId ? (
          <p className="text-xs text-slate-600">
            {t("org")}{" "}
            <Link to={only("orgId", e.orgId)} className="font-mono text-teal-800 underline" dir="ltr">
              {e.orgId}
            </Link>
          </p>
        ) : null}
        {pairs.length ? (
          <details className="text-xs text-slate-700">
            <summary className="cursor-pointer font-medium text-teal-800">{t("details")}</summary>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
              {pairs.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="font-mono" dir="ltr">
                    {key}
                  </dt>
                  <dd className="break-all" dir="auto">
                    {show(key, value)}
                  </dd>
                </div>
              ))}
            </dl>
          </details>
        ) : null}
      </div>
    </li>
  );
}

/**
 * What was done, in the reader's words ("Expense recorded"), with the recorded action under it in small type
 * (what filters and the CSV use); an action the catalogue does not know yet shows as recorded.
 */
function AuditAction({ action }: { action: string }) {
  const t = useTranslations("auditActions");
  const key = auditLabelKey(action);
  const known = useKnownAction()(action);
  return (
    <>
      {known ? <p className="text-sm font-medium text-slate-900">{t(key as Parameters<typeof t>[0])}</p> : null}
      <p className="font-mono text-xs break-all text-slate-600" dir="ltr">
        {action}
      </p>
    </>
  );
}

/** Whether the catalogue has words for an action. */
function useKnownAction() {
  const t = useTranslations("auditActions");
  return (action: string) => t.has(auditLabelKey(action) as Parameters<typeof t.has>[0]);
}
