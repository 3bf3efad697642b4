import type { SubmissionResult } from "@conform-to/react";
import { formatMoney } from "../../worker/lib/money";
import { formErrorOf } from "../lib/forms";
import { formatDate, useLocale } from "../lib/locale";
import { linkClass } from "./button";
import { AdjustmentForm, type Ledger, PayOnlineForm, RemindersForm } from "./ledger-forms";

const STATUS: Record<string, [string, string]> = {
  paid: ["Paid", "bg-emerald-50 text-emerald-900"],
  partially_paid: ["Partly paid", "bg-amber-50 text-amber-900"],
  due: ["Due", "bg-sky-50 text-sky-900"],
  overdue: ["Overdue", "bg-red-50 text-red-800"],
};
const KIND: Record<string, string> = {
  charge: "Rent charged",
  payment: "Payment",
  adjustment: "Adjustment",
  refund: "Refund",
};

/**
 * A lease's rent: the balance, each period's status (with its receipt once paid), the latest entries.
 * Renters may pay online when Stripe is configured; `canManage` (the `ledger.write` permission) adds
 * adjustments and the reminders switch. `replies` are the action's answers to the panel's forms. `lease`
 * names the lease under the heading (staff of a flat with several current leases see one panel per lease).
 */
export function LedgerPanel({
  ledger,
  side,
  canManage = false,
  onlinePayments = false,
  checkoutKey,
  busy = false,
  replies = {},
  lease,
}: {
  ledger: Ledger;
  lease?: string;
  side: "landlord" | "renter";
  canManage?: boolean;
  onlinePayments?: boolean;
  checkoutKey?: string;
  busy?: boolean;
  replies?: Partial<Record<"checkout" | "adjust" | "reminders", SubmissionResult<string[]>>>;
}) {
  const money = (n: number) => formatMoney(n, ledger.currency);
  const error = [replies.checkout, replies.adjust, replies.reminders].map(formErrorOf).find(Boolean);
  return (
    <section
      aria-labelledby={lease ? `rent-${ledger.leaseId} lease-${ledger.leaseId}` : `rent-${ledger.leaseId}`}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id={`rent-${ledger.leaseId}`} className="text-lg font-semibold">
            Rent
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
            ? `${money(ledger.balance)} due`
            : ledger.balance < 0
              ? `${money(-ledger.balance)} in credit`
              : "All paid up"}
        </p>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {ledger.periods.length > 0 && <Periods ledger={ledger} />}
      {side === "renter" && onlinePayments && ledger.balance > 0 && (
        <PayOnlineForm ledger={ledger} checkoutKey={checkoutKey} busy={busy} />
      )}
      {canManage && (
        <div className="mt-4 grid gap-4 border-t border-slate-100 pt-3 sm:grid-cols-2">
          <AdjustmentForm ledger={ledger} busy={busy} lastResult={replies.adjust} />
          <RemindersForm ledger={ledger} busy={busy} />
        </div>
      )}
      {ledger.entries.length > 0 && <Entries ledger={ledger} />}
    </section>
  );
}

function Periods({ ledger }: { ledger: Ledger }) {
  const money = (n: number) => formatMoney(n, ledger.currency);
  return (
    <table className="mt-3 w-full text-sm">
      <thead className="text-start text-slate-600">
        <tr>
          <th className="py-1 font-medium">Month</th>
          <th className="py-1 font-medium">Due</th>
          <th className="py-1 text-end font-medium">Outstanding</th>
          <th className="py-1 text-end font-medium">Status</th>
        </tr>
      </thead>
      <tbody data-testid="periods">
        {ledger.periods.slice(0, 12).map((p) => (
          <tr key={p.period} className="border-t border-slate-100">
            <td className="py-1">{p.period}</td>
            <td className="py-1">{money(p.due)}</td>
            <td className="py-1 text-end">{money(p.outstanding)}</td>
            <td className="py-1 text-end">
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS[p.status]?.[1] ?? ""}`}>
                {STATUS[p.status]?.[0] ?? p.status}
                {p.status === "overdue" ? `, ${p.daysLate} d` : ""}
              </span>
              {p.status === "paid" && (
                <a href={`/leases/${ledger.leaseId}/receipts/${p.period}`} className={`ms-2 ${linkClass}`}>
                  Receipt
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Entries({ ledger }: { ledger: Ledger }) {
  const locale = useLocale();
  const money = (n: number) => formatMoney(n, ledger.currency);
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-slate-700">Ledger ({ledger.entries.length} entries)</summary>
      <ul className="mt-2 divide-y divide-slate-100">
        {ledger.entries.map((e) => (
          <li key={e.id} className="flex flex-wrap justify-between gap-2 py-1">
            <span>
              {KIND[e.kind] ?? e.kind}
              {e.period ? ` · ${e.period}` : ""}
              {e.reason ? ` · ${e.reason}` : ""}
            </span>
            <span className="tabular-nums">
              {e.amount > 0 ? "+" : "−"}
              {money(Math.abs(e.amount))} · {formatDate(e.createdAt, locale)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
