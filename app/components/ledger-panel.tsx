import type { SubmissionResult } from "@conform-to/react";
import { Suspense, useState } from "react";
import { useTranslations } from "use-intl";
import { formatMoney, formatPeriod } from "../../worker/lib/i18n/format";
import { formErrorOf, succeeded } from "../lib/forms";
import { type Ledger, RemindersForm } from "./ledger-forms";
import { ledgerEntriesPart } from "./ledger-entries-part";
import { Loading } from "./ui/loading";
import { useDetailsOpen } from "./ui/use-details-open";
import { ReceiptLink } from "./money/receipt-link";
import { Disclosure } from "./ui/disclosure";
import { lazyPart } from "../lib/lazy-part";
import { useFormatLocale } from "../i18n/format-locale";

// Opened when asked: its code loads then (the page's own JavaScript stays within budget, issue 17 §5).
const { Part: LedgerEntries } = ledgerEntriesPart;
const { Part: AdjustmentForm } = lazyPart("ledger.adjustment", () =>
  import("./adjustment-form").then((m) => m.AdjustmentForm),
);

const STATUS_TONE = {
  paid: "bg-emerald-50 text-emerald-900",
  partially_paid: "bg-amber-50 text-amber-900",
  due: "bg-sky-50 text-sky-900",
  overdue: "bg-red-50 text-red-800",
} as const;
const isStatus = (s: string): s is keyof typeof STATUS_TONE => s in STATUS_TONE;

/**
 * A lease's rent on the landlord's apartment page (the renter's is the balance card): the balance, each period's
 * status (with its receipt: app/lib/receipt-links.ts), the latest entries. `canManage` (`ledger.write`) adds
 * adjustments and the reminders switch. `replies` are the action's answers to the panel's forms. Entry
 * dates are days in the org's `timeZone` (IANA). `lease` names the lease under the heading (staff of a flat
 * with several current leases see one panel per lease).
 */
export function LedgerPanel({
  ledger,
  timeZone = "UTC",
  canManage = false,
  busy = false,
  replies = {},
  lease,
  periods = true,
  receipts = { available: true, canFixIdentity: false },
}: {
  /**
   * Whether the org's legal identity lets receipts be issued (the overview's `receiptsAvailable`) and whether
   * the viewer may complete it (`org.settings`): without it, the table prompts instead of linking.
   */
  receipts?: Receipts;
  ledger: Ledger;
  /** The month-by-month table; false where the page lists the months already (the renter's balance card). */
  periods?: boolean;
  timeZone?: string;
  lease?: string;
  canManage?: boolean;
  busy?: boolean;
  replies?: Partial<Record<"adjust" | "reminders", SubmissionResult<string[]>>>;
}) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("ledger");
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  const error = [replies.adjust, replies.reminders].map(formErrorOf).find(Boolean);
  return (
    <section
      aria-labelledby={lease ? `rent-${ledger.leaseId} lease-${ledger.leaseId}` : `rent-${ledger.leaseId}`}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id={`rent-${ledger.leaseId}`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          {lease && (
            <p id={`lease-${ledger.leaseId}`} className="text-sm text-slate-600">
              {lease}
            </p>
          )}
        </div>
        <p
          data-testid="balance"
          className={`text-sm font-semibold ${ledger.balance > 0 ? "text-red-800" : "text-emerald-800"}`}
        >
          {ledger.balance > 0
            ? t("due", { amount: money(ledger.balance) })
            : ledger.balance < 0
              ? t("credit", { amount: money(-ledger.balance) })
              : t("paidUp")}
        </p>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {periods && ledger.periods.length > 0 && <Periods ledger={ledger} receipts={receipts} />}
      {canManage && <ManageForms ledger={ledger} busy={busy} reply={replies.adjust} />}
      {ledger.entries.length > 0 && <Entries ledger={ledger} timeZone={timeZone} />}
    </section>
  );
}

/** Staff's forms: an adjustment (open when asked, or by itself while it answers with a refusal), the reminders. */
function ManageForms({ ledger, busy, reply }: { ledger: Ledger; busy: boolean; reply?: SubmissionResult<string[]> }) {
  const tf = useTranslations("ledgerForms");
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-100 pt-3 sm:grid-cols-2">
      {/* Opens when asked, or by itself while it answers with a refusal. */}
      <Disclosure
        summary={tf("adjust.form")}
        defaultOpen={reply !== undefined && !succeeded(reply)}
        testId="adjustment"
      >
        <AdjustmentForm ledger={ledger} busy={busy} lastResult={reply} />
      </Disclosure>
      <RemindersForm ledger={ledger} busy={busy} />
    </div>
  );
}

/** Receipt links follow the one rule of app/lib/receipt-links.ts, as on the renter's balance card. */
type Receipts = { available: boolean; canFixIdentity: boolean };

/** The months shown at first (newest first); the older ones of the last 12 behind "Earlier months". */
const RECENT_PERIODS = 6;

/** The month-by-month table: the newest `RECENT_PERIODS` months, then the rest of the year when asked. */
function Periods({ ledger, receipts }: { ledger: Ledger; receipts: Receipts }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("ledger");
  const money = (n: number) => formatMoney(n, ledger.currency, formatLocale);
  const [all, setAll] = useState(false);
  const year = ledger.periods.slice(0, 12);
  const shown = all ? year : year.slice(0, RECENT_PERIODS);
  return (
    <>
      <table className="mt-3 w-full text-sm">
        <thead className="text-start text-slate-600">
          <tr>
            <th className="py-1 pe-2 text-start font-medium">{t("month")}</th>
            <th className="hidden py-1 ps-2 text-end font-medium sm:table-cell">{t("amountDue")}</th>
            <th className="py-1 ps-2 text-end font-medium">{t("outstanding")}</th>
            <th className="py-1 ps-2 text-end font-medium">{t("status")}</th>
          </tr>
        </thead>
        <tbody data-testid="periods">
          {shown.map((p) => (
            <tr key={p.period} className="border-t border-slate-100">
              <td className="py-1 pe-2">{formatPeriod(p.period, formatLocale)}</td>
              <td className="hidden py-1 ps-2 text-end tabular-nums sm:table-cell">{money(p.due)}</td>
              <td className="py-1 ps-2 text-end tabular-nums">{money(p.outstanding)}</td>
              <td className="py-1 text-end">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${isStatus(p.status) ? STATUS_TONE[p.status] : ""}`}
                >
                  {isStatus(p.status) ? t(`statuses.${p.status}`) : p.status}
                  {p.status === "overdue" ? `, ${t("daysLate", { count: p.daysLate })}` : ""}
                </span>
                <ReceiptLink
                  leaseId={ledger.leaseId}
                  period={p}
                  receiptsAvailable={receipts.available}
                  side="landlord"
                  canFixIdentity={receipts.canFixIdentity}
                  className="ms-2"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < year.length && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-1 min-h-11 text-sm font-medium text-teal-800 underline hover:text-teal-900 focus-visible:outline-2 focus-visible:outline-teal-700"
        >
          {t("earlierMonths", { count: year.length - shown.length })}
        </button>
      )}
    </>
  );
}

/** The ledger's entries, behind their count (closed at first: their code loads when opened). */
function Entries({ ledger, timeZone }: { ledger: Ledger; timeZone: string }) {
  const t = useTranslations("ledger");
  const { open, ref, onToggle } = useDetailsOpen();
  return (
    <details ref={ref} className="mt-3 text-sm" onToggle={onToggle}>
      <summary className="cursor-pointer text-slate-700">{t("entries", { count: ledger.entries.length })}</summary>
      {open && (
        <Suspense fallback={<Loading className="mt-2" />}>
          <LedgerEntries ledger={ledger} timeZone={timeZone} />
        </Suspense>
      )}
    </details>
  );
}
