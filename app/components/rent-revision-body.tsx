import { useToast } from "./ui/toast";
import { useFetcher } from "react-router";
import { useTranslations } from "use-intl";
import { decimalToInput } from "../../worker/lib/decimal";
import { formatDate, formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { formatIndexValue } from "../../worker/lib/i18n/rent-index";
import type { RentRevisionState } from "../../worker/leases/revision/contract";
import { translatedProblem } from "../lib/problem-sentence";
import type { action } from "../routes/lease-rent-revision";
import { Button, linkClass } from "./button";
import { useFormatLocale } from "../i18n/format-locale";

type State = RentRevisionState;

/**
 * The rent revision panel's body (./rent-revision-panel.tsx), once its state has loaded: where the revision
 * stands, the proposal and its confirmation, the clause form (landlord side), the confirmed revisions.
 */
export function RevisionBody({
  state,
  leaseId,
  canManage,
  write,
}: {
  state: State;
  leaseId: string;
  canManage: boolean;
  write: ReturnType<typeof useFetcher<typeof action>>;
}) {
  const t = useTranslations("rentRevision");
  const quarter = useQuarter();
  const problems = useTranslations("problems");
  const formatLocale = useFormatLocale();
  const money = (minor: number) => formatMoney(minor, state.currency, formatLocale);
  const date = (iso: string | null) => (iso ? formatDate(iso, formatLocale, "long") : "");
  const sentence =
    state.status === "index_missing"
      ? t("status.index_missing", { quarter: state.missingQuarter ? quarter(state.missingQuarter) : "" })
      : state.status === "due"
        ? t("status.due", { date: date(state.anniversary) })
        : state.status === "done" || state.status === "not_due"
          ? t(`status.${state.status}`, { date: date(state.nextAnniversary) })
          : state.status === "frozen"
            ? t("status.frozen", { energyClass: state.energyClass ?? "" })
            : t(`status.${state.status}`);
  const problem = translatedProblem(write.data?.problem, (key) => problems.has(key));
  useToast(write.data, !!write.data?.ok, t("confirmed"));
  const p = state.proposal;
  return (
    <div className="mt-2 space-y-2 text-sm">
      <p role={state.status === "frozen" ? "status" : undefined}>{sentence}</p>
      {state.energyClass === null && state.status === "due" && <p className="text-amber-800">{t("energyUnknown")}</p>}
      {p && <ProposalTable proposal={p} currency={state.currency} />}
      {p && state.canConfirm && (
        <write.Form method="post" action={`/leases/${leaseId}/rent-revision`}>
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="anniversary" value={p.anniversary} />
          <input type="hidden" name="newRent" value={p.newRent} />
          <Button disabled={write.state !== "idle"}>{write.state !== "idle" ? t("confirming") : t("confirm")}</Button>
        </write.Form>
      )}
      {problem && (
        <p role="alert" className="text-red-700">
          {problems(problem)}
        </p>
      )}
      {canManage && state.status !== "not_applicable" && <ClauseForm state={state} leaseId={leaseId} write={write} />}
      {state.revisions.length > 0 && (
        <div>
          <h3 className="font-medium">{t("history")}</h3>
          <ul className="list-disc ps-5">
            {state.revisions.map((r) => (
              <li key={r.id}>
                {t("historyItem", {
                  anniversary: date(r.anniversary),
                  previousRent: money(r.previousRent),
                  newRent: money(r.newRent),
                  period: formatPeriod(r.effectivePeriod, formatLocale),
                })}{" "}
                <a className={linkClass} href={`/leases/${leaseId}/rent-revision/letter?revision=${r.id}`}>
                  {t("letter")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The proposal: the rent, the two index values, the revised rent with its computation, from which period. */
function ProposalTable({ proposal: p, currency }: { proposal: NonNullable<State["proposal"]>; currency: string }) {
  const t = useTranslations("rentRevision");
  const quarter = useQuarter();
  const formatLocale = useFormatLocale();
  const money = (minor: number) => formatMoney(minor, currency, formatLocale);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      <dt className="text-slate-600">{t("currentRent")}</dt>
      <dd>{money(p.currentRent)}</dd>
      <dt className="text-slate-600">{t("baseIndex", { quarter: quarter(p.base.quarter) })}</dt>
      <dd>{formatIndexValue(p.base.value, formatLocale)}</dd>
      <dt className="text-slate-600">{t("newIndex", { quarter: quarter(p.new.quarter) })}</dt>
      <dd>{formatIndexValue(p.new.value, formatLocale)}</dd>
      <dt className="font-medium">{t("newRent")}</dt>
      <dd className="font-medium">
        {money(p.newRent)}{" "}
        <span className="text-slate-600">
          {t("formula", {
            rent: money(p.currentRent),
            newValue: formatIndexValue(p.new.value, formatLocale),
            baseValue: formatIndexValue(p.base.value, formatLocale),
          })}
        </span>
      </dd>
      <dt className="text-slate-600">
        {t("effectiveFrom", { period: formatPeriod(p.effectivePeriod, formatLocale) })}
      </dt>
      <dd />
    </dl>
  );
}

function ClauseForm({
  state,
  leaseId,
  write,
}: {
  state: State;
  leaseId: string;
  write: ReturnType<typeof useFetcher<typeof action>>;
}) {
  const t = useTranslations("rentRevision");
  const quarter = useQuarter();
  const formatLocale = useFormatLocale();
  return (
    <write.Form method="post" action={`/leases/${leaseId}/rent-revision`} className="space-y-2 border-t pt-2">
      <h3 className="font-medium">{t("clauseTitle")}</h3>
      <input type="hidden" name="intent" value="clause" />
      <input type="hidden" name="enabled" value="off" />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="enabled" value="on" defaultChecked={state.clause.enabled} />
        {t("clauseEnabled")}
      </label>
      <label className="block">
        <span className="block text-slate-600">{t("referenceQuarter")}</span>
        <select
          name="referenceQuarter"
          defaultValue={state.clause.referenceQuarter ?? ""}
          className="rounded border border-slate-300 px-2 py-1"
          aria-describedby={`quarter-hint-${leaseId}`}
        >
          <option value="">{t("referenceQuarterNone")}</option>
          {quarterChoices(state.nextAnniversary, state.clause.referenceQuarter).map((q) => (
            <option key={q} value={q}>
              {quarter(q)}
            </option>
          ))}
        </select>
        <span id={`quarter-hint-${leaseId}`} className="block text-xs text-slate-500">
          {t("referenceQuarterHint")}
        </span>
      </label>
      <label className="block">
        <span className="block text-slate-600">{t("baseValue")}</span>
        <input
          name="baseValue"
          defaultValue={state.clause.baseValue ? decimalToInput(Number(state.clause.baseValue), formatLocale, 2) : ""}
          inputMode="decimal"
          pattern="\d{1,4}[.,]\d{2}"
          placeholder={t("baseValuePlaceholder")}
          className="rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <Button variant="secondary" disabled={write.state !== "idle"}>
        {t("saveClause")}
      </Button>
    </write.Form>
  );
}

/**
 * The quarters a revision clause may name, newest first: from 2020-Q1 (the oldest in the index table) to the
 * quarter of `until` (an ISO date: the next anniversary), plus `current` when it lies outside.
 */
function quarterChoices(until: string, current: string | null): string[] {
  const year = Number(until.slice(0, 4));
  const last = Math.ceil(Number(until.slice(5, 7)) / 3);
  const out: string[] = [];
  for (let y = year; y >= 2020; y--) for (let q = y === year ? last : 4; q >= 1; q--) out.push(`${y}-Q${q}`);
  if (current && !out.includes(current)) out.push(current);
  return out;
}

/**
 * A quarter `YYYY-Qn` in the page's language ("2e trimestre 2024", "Q2 2024"), from the page's own catalogue:
 * the server's formatQuarter (worker/lib/i18n/rent-index.ts) would ship every language's server catalogue.
 */
function useQuarter() {
  const t = useTranslations("rentRevisionDocs");
  return (quarter: string) => {
    const [year = "", n = ""] = quarter.split("-Q");
    return t("quarter", { n, year });
  };
}
