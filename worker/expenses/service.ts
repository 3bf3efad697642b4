import { and, eq } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { periodOf, todayIn } from "../lib/calendar";
import { AppError, Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import { auditEntry } from "../lib/audit";
import type { ExpenseInput, ExpenseListItem, ExpensePatch, ExpenseView } from "./contract";
import { expenses, type Expense } from "./schema";

/**
 * Expenses: recording one, attaching its receipt. Reads live in ./queries.ts, the statement in
 * ./statement.ts and ./statement-files.ts. Amounts are positive minor units of the org's currency.
 */

/** The file types a receipt may be (from its bytes): a photo or a PDF. */
const RECEIPT_FILE_TYPES = ["pdf", "jpeg", "png", "webp"] as const;

/** An expense as the API shows it: without its org and R2 key; the receipt's download path. */
function expenseViewOf({
  orgId: _,
  fromLoggedCosts: _f,
  receiptKey,
  receiptType,
  receiptName,
  receiptSize,
  ...e
}: Expense): ExpenseView {
  return {
    ...e,
    receipt:
      receiptKey && receiptType
        ? {
            type: receiptType,
            name: receiptName ?? "receipt",
            size: receiptSize ?? 0,
            url: `/api/expenses/${e.id}/receipt`,
          }
        : null,
  };
}

/** An expense read for a list (worker/expenses/queries.ts `expenseListQueries`): the view and the names. */
export function expenseListItemOf({
  vendorName,
  maintenanceRequestTitle,
  ...row
}: Expense & { vendorName: string | null; maintenanceRequestTitle: string | null }): ExpenseListItem {
  return { ...expenseViewOf(row), vendorName, maintenanceRequestTitle };
}

type Facts = {
  property: { currency: string; timezone: string } | undefined;
  apartmentFound: boolean;
  vendorFound: boolean;
  request: { apartmentId: string; vendorId: string | null; propertyId: string; costs: number } | undefined;
};

const unprocessable = (code: "apartment_not_in_property" | "request_not_on_property", path: string, message: string) =>
  new AppError(422, code, message, [{ path, message }]);

/**
 * The expense to write from the input and the facts: the request's apartment, vendor and logged costs fill
 * what the input leaves out. Errors: 404 (property, vendor or request not the org's), 422, 409, 400 as
 * `recordExpense` says.
 */
function checkedExpense(input: ExpenseInput, facts: Facts) {
  if (!facts.property) throw new NotFound("Property");
  if (input.vendorId && !facts.vendorFound) throw new NotFound("Vendor");
  const request = facts.request;
  if (input.maintenanceRequestId && !request) throw new NotFound("Maintenance request");
  if (input.apartmentId && !facts.apartmentFound)
    throw unprocessable("apartment_not_in_property", "apartmentId", "not an apartment of this property");
  if (request && request.propertyId !== input.propertyId)
    throw unprocessable("request_not_on_property", "maintenanceRequestId", "a request about another property");
  const amount = input.amount ?? request?.costs;
  if (amount === undefined)
    throw new Invalid("amount: required without a maintenance request", [{ path: "amount", message: "Required" }]);
  if (amount <= 0) throw new Conflict("No labour or materials are logged on this request yet", "no_logged_costs");
  return {
    amount,
    fromLoggedCosts: request !== undefined && input.amount === undefined,
    apartmentId: input.apartmentId ?? request?.apartmentId ?? null,
    vendorId: input.vendorId ?? request?.vendorId ?? null,
  };
}

/** 409 `expense_already_recorded`, naming the expense the request's logged costs already are. */
const alreadyRecorded = (expenseId: string) =>
  new AppError(409, "expense_already_recorded", "This request's logged costs are already recorded as an expense", [
    { path: "expenseId", message: expenseId },
  ]);

/**
 * Records one expense on the org's property, after the checks the caller read in its access batch (`facts`).
 * With a maintenance request and no amount, the amount is the request's logged costs (labour and materials
 * in the org's currency), and the apartment and vendor default to the request's. Errors: 404 when the
 * property, the vendor or the request is not the org's; 422 `apartment_not_in_property`,
 * `request_not_on_property`; 422 `incurred_in_future` when `incurredOn` is after today in the org's time
 * zone; 409 `no_logged_costs`; 409 `expense_already_recorded` when the request's logged costs already are an
 * expense (its id in `errors[0].message`, path `expenseId`; checked by a unique index, so two racing attempts
 * write one); 400 without an amount or a request. Answers the expense.
 */
export async function recordExpense(s: ScopedDb, input: ExpenseInput, facts: Facts): Promise<ExpenseView> {
  const checked = checkedExpense(input, facts);
  const property = facts.property!;
  notInFuture(input.incurredOn, property.timezone);
  const now = nowIso();
  const insert = s
    .insert(expenses, {
      id: newId(),
      propertyId: input.propertyId,
      apartmentId: checked.apartmentId,
      maintenanceRequestId: input.maintenanceRequestId ?? null,
      vendorId: checked.vendorId,
      category: input.category,
      amount: checked.amount,
      currency: property.currency,
      incurredOn: input.incurredOn,
      note: input.note || null,
      receiptKey: null,
      receiptType: null,
      receiptName: null,
      receiptSize: null,
      createdBy: s.scope.userId,
      createdAt: now,
      updatedAt: now,
      fromLoggedCosts: checked.fromLoggedCosts,
    })
    .onConflictDoNothing()
    .returning();
  const fromCosts = and(
    eq(expenses.maintenanceRequestId, input.maintenanceRequestId ?? ""),
    eq(expenses.fromLoggedCosts, true),
  );
  const [[row], [earlier]] = await s.batch([insert, s.select(expenses, fromCosts).limit(1)]);
  if (!row) throw alreadyRecorded(earlier?.id ?? "");
  return expenseViewOf(row);
}

/**
 * Stores the receipt of the org's expense `expense` (from the request's multipart `file`: a photo or a PDF,
 * checked by its bytes, images downscaled, through worker/lib/uploads.ts) in R2, replacing any earlier one.
 * Errors: 413 too large, 415 not a photo or PDF, 422 unreadable image. Answers the updated expense.
 */
export async function attachReceipt(
  s: ScopedDb,
  { docs, images }: Pick<Ports, "docs" | "images">,
  expense: Expense,
  request: Request,
): Promise<ExpenseView> {
  const key = `orgs/${s.scope.orgId}/expenses/${expense.id}/${newId()}`;
  const upload = await receiveUpload(request, { bucket: docs, images, key, accept: RECEIPT_FILE_TYPES });
  const [row] = await s
    .update(
      expenses,
      {
        receiptKey: key,
        receiptType: upload.file.type.mime,
        receiptName: upload.file.name.slice(0, 200) || `receipt.${upload.file.type.extension}`,
        receiptSize: upload.file.size,
        updatedAt: nowIso(),
      },
      eq(expenses.id, expense.id),
    )
    .returning();
  if (!row) {
    await docs.delete(key);
    throw new NotFound("Expense");
  }
  if (expense.receiptKey) await docs.delete(expense.receiptKey);
  return expenseViewOf(row);
}

/** 422 `incurred_in_future` when `incurredOn` is after today in `timezone`. */
function notInFuture(incurredOn: string, timezone: string) {
  const today = todayIn(timezone);
  if (incurredOn > today)
    throw new AppError(422, "incurred_in_future", `The day incurred (${incurredOn}) is after today (${today})`, [
      { path: "incurredOn", message: "must not be after today" },
    ]);
}

type EditFacts = {
  found: { expense: Expense; timezone: string } | undefined;
  /** The property of the apartment asked for (none when not asked or not the org's). */
  apartmentPropertyId: string | undefined;
  vendorFound: boolean;
};

/** The fields of an expense a correction may change, as the audit trail records them (old and new values). */
const EDITABLE = ["category", "amount", "incurredOn", "apartmentId", "vendorId", "note"] as const;

/**
 * Corrects the org's expense `id` (a wrong amount, day, category, apartment, vendor or note), after the checks
 * read in the caller's access batch (`facts`, worker/expenses/queries.ts `expenseEditReads`). The update and its
 * audit entry (`expense.updated`, with the old and new value of each changed field: money in minor units of
 * the expense's currency) land in one batch. Errors: 404 expense or vendor not the org's; 422
 * `apartment_not_in_property` (an apartment of another property), `incurred_in_future`. Answers the expense.
 */
export async function updateExpense(
  s: ScopedDb,
  ports: Pick<Ports, "db" | "requestId">,
  patch: ExpensePatch,
  facts: EditFacts,
) {
  if (!facts.found) throw new NotFound("Expense");
  const { expense, timezone } = facts.found;
  if (patch.vendorId && !facts.vendorFound) throw new NotFound("Vendor");
  if (patch.apartmentId && facts.apartmentPropertyId !== expense.propertyId)
    throw unprocessable("apartment_not_in_property", "apartmentId", "not an apartment of this property");
  if (patch.incurredOn) notInFuture(patch.incurredOn, timezone);
  const next = { ...patch, note: patch.note === undefined ? undefined : patch.note || null };
  const changed = EDITABLE.filter((k) => next[k] !== undefined && next[k] !== expense[k]);
  if (changed.length === 0) return expenseViewOf(expense);
  const set = Object.fromEntries(changed.map((k) => [k, next[k]]));
  const [[row]] = await s.batch([
    s.update(expenses, { ...set, updatedAt: nowIso() }, eq(expenses.id, expense.id)).returning(),
    auditEntry(ports.db, {
      action: "expense.updated",
      actorUserId: s.scope.userId,
      orgId: s.scope.orgId,
      targetType: "expenses",
      targetId: expense.id,
      requestId: ports.requestId,
      details: {
        currency: expense.currency,
        before: Object.fromEntries(changed.map((k) => [k, expense[k]])),
        after: set,
      },
    }),
  ]);
  if (!row) throw new NotFound("Expense");
  return expenseViewOf(row);
}

/**
 * Deletes the org's expense `id` (a mistake, a duplicate), then its receipt from R2 once the row is gone:
 * the statement no longer counts it, and an expense made from a request's logged costs may be made again.
 * 404 when it is not the org's. The audit trail keeps who deleted it, with the request's id.
 */
export async function deleteExpense(s: ScopedDb, { docs }: Pick<Ports, "docs">, id: string): Promise<void> {
  const [gone] = await s.delete(expenses, eq(expenses.id, id)).returning({ receiptKey: expenses.receiptKey });
  if (!gone) throw new NotFound("Expense");
  if (gone.receiptKey) await docs.delete(gone.receiptKey);
}

/** The month a statement shows: the one asked for, else the org's current month in its time zone. */
export const statementMonth = (asked: string | undefined, timezone: string) => asked ?? periodOf(todayIn(timezone));
