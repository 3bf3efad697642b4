import { periodBounds, periodOf, todayIn, type Period } from "../lib/calendar";
import type { StatementLine, StatementView } from "./contract";
import { monthsEnding } from "./months";
import type { moneyInQuery, moneyOutQuery, propertyWithOrg } from "./queries";
import { EXPENSE_CATEGORIES, type ExpenseCategory } from "./contract";

/**
 * The owner statement of a property, from the rows of ./queries.ts (pure: the property-based test and the
 * PDF use it too). The rule, cash basis, in the org's currency and calendar:
 * - income: every payment entry on the ledger of a lease of the property's apartments whose money was
 *   received in the month — the day received (`receivedOn`, set on manual payments since migration 0025),
 *   else the day the entry was written in the org's time zone (Stripe payments, older manual ones) — less
 *   the refunds written in the month (refunds and lost disputes: money given back);
 * - expenses: the expenses recorded on the property (or its apartments) incurred in the month;
 * - net (net operating income) = income − expenses.
 * Ledger entries in another currency than the org's (an apartment let in another currency) are left out:
 * a statement adds one currency.
 */

type PropertyRow = Awaited<ReturnType<typeof propertyWithOrg>>[number];
type InRow = Awaited<ReturnType<typeof moneyInQuery>>[number];
type OutRow = Awaited<ReturnType<typeof moneyOutQuery>>[number];

/** The day a payment or refund counts on: the day received, else the day written in `timeZone`. */
function dayOfEntry(row: Pick<InRow, "receivedOn" | "createdAt">, timeZone: string): string {
  return row.receivedOn ?? todayIn(timeZone, Date.parse(row.createdAt));
}

/** Every line of the window, dated, in the org's currency (money in > 0, money out < 0), by day. */
function linesOf(property: PropertyRow, moneyIn: InRow[], moneyOut: OutRow[]): StatementLine[] {
  const rent: StatementLine[] = moneyIn
    .filter((r) => r.currency === property.currency)
    .map((r) => ({
      date: dayOfEntry(r, property.timezone),
      kind: r.kind === "refund" ? "refund" : "rent",
      // Ledger sign: what the renter owes. A payment (< 0) is money in; a refund (> 0) money out.
      amount: -r.amount,
      category: null,
      unitNumber: r.unitNumber,
      vendorName: null,
      note: null,
      period: r.period,
      method: r.method,
      expenseId: null,
      leaseId: r.leaseId,
    }));
  const spent: StatementLine[] = moneyOut
    .filter((r) => r.currency === property.currency)
    .map((r) => ({
      date: r.incurredOn,
      kind: "expense",
      amount: -r.amount,
      category: r.category,
      unitNumber: r.unitNumber,
      vendorName: r.vendorName,
      note: r.note,
      period: null,
      method: null,
      expenseId: r.id,
      leaseId: null,
    }));
  return [...rent, ...spent].sort((a, b) => a.date.localeCompare(b.date));
}

/** Income, expenses and net of `lines` (minor units). */
function totalsOf(lines: StatementLine[]) {
  const income = lines.filter((l) => l.kind !== "expense").reduce((sum, l) => sum + l.amount, 0);
  // 0 − sum, never −sum: a month without expenses is 0, not −0 (which prints "-0,00 €").
  const expenses = 0 - lines.filter((l) => l.kind === "expense").reduce((sum, l) => sum + l.amount, 0);
  return { income, expenses, net: income - expenses };
}

/**
 * The statement of `month` (default: the org's current month), with its 12-month series, from rows read
 * over the window `monthsEnding(latest month asked)`. Null when the property is not the org's.
 */
export function assembleStatement(
  [property]: PropertyRow[],
  moneyIn: InRow[],
  moneyOut: OutRow[],
  month: Period | undefined,
): StatementView | null {
  if (!property) return null;
  const current = periodOf(todayIn(property.timezone));
  const shown = month ?? current;
  const all = linesOf(property, moneyIn, moneyOut);
  const [from, to] = periodBounds(shown);
  const lines = all.filter((l) => l.date >= from && l.date <= to);
  const byCategory = EXPENSE_CATEGORIES.map((category: ExpenseCategory) => ({
    category,
    amount: 0 - lines.filter((l) => l.category === category).reduce((sum, l) => sum + l.amount, 0),
  })).filter((c) => c.amount !== 0);
  const series = monthsEnding(shown).map((m) => ({ month: m, ...totalsOf(all.filter((l) => periodOf(l.date) === m)) }));
  return {
    propertyId: property.id,
    propertyName: property.name,
    address: `${property.street}, ${property.postalCode} ${property.city}`,
    month: shown,
    currentMonth: current,
    from,
    to,
    currency: property.currency,
    ...totalsOf(lines),
    lines,
    byCategory,
    series,
  };
}
