import { eq } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { periodOf, todayIn } from "../lib/calendar";
import { AppError, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import type { ExpenseInput, ExpenseView } from "./contract";
import { expenses, type Expense } from "./schema";

/**
 * Expenses: recording one, attaching its receipt. Reads live in ./queries.ts, the statement in
 * ./statement.ts and ./statement-files.ts. Amounts are positive minor units of the org's currency.
 */

/** The file types a receipt may be (from its bytes): a photo or a PDF. */
export const RECEIPT_FILE_TYPES = ["pdf", "jpeg", "png", "webp"] as const;

/** An expense as the API shows it: without its org and R2 key; the receipt's download path. */
export function expenseViewOf({
  orgId: _,
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

type Facts = {
  property: { currency: string; timezone: string } | undefined;
  apartmentFound: boolean;
};

/**
 * Records one expense on the org's property, after the checks the caller read in its access batch (`facts`).
 * Errors: 404 when the property is not the org's; 422 `apartment_not_in_property`; 422 `incurred_in_future`
 * when `incurredOn` is after today in the org's time zone. Answers the expense.
 */
export async function recordExpense(
  s: ScopedDb,
  input: ExpenseInput,
  facts: Facts,
  extra: { maintenanceRequestId?: string | null; vendorId?: string | null } = {},
): Promise<ExpenseView> {
  const { property } = facts;
  if (!property) throw new NotFound("Property");
  if (input.apartmentId && !facts.apartmentFound)
    throw new AppError(422, "apartment_not_in_property", "The apartment is not one of this property's", [
      { path: "apartmentId", message: "not an apartment of this property" },
    ]);
  const today = todayIn(property.timezone);
  if (input.incurredOn > today)
    throw new AppError(422, "incurred_in_future", `The day incurred (${input.incurredOn}) is after today (${today})`, [
      { path: "incurredOn", message: "must not be after today" },
    ]);
  const now = nowIso();
  const [row] = await s
    .insert(expenses, {
      id: newId(),
      propertyId: input.propertyId,
      apartmentId: input.apartmentId ?? null,
      maintenanceRequestId: extra.maintenanceRequestId ?? input.maintenanceRequestId ?? null,
      vendorId: extra.vendorId ?? input.vendorId ?? null,
      category: input.category,
      amount: input.amount,
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
    })
    .returning();
  return expenseViewOf(row!);
}

/**
 * Stores the receipt of the org's expense `expense` (from the request's multipart `file`: a photo or a PDF,
 * checked by its bytes, images downscaled, through worker/lib/uploads.ts) in R2, replacing any earlier one.
 * Errors: 413 too large, 415 not a photo or PDF, 422 unreadable image. Answers the updated expense.
 */
export async function attachReceipt(
  s: ScopedDb,
  { docs }: Pick<Ports, "docs">,
  expense: Expense,
  request: Request,
): Promise<ExpenseView> {
  const key = `orgs/${s.scope.orgId}/expenses/${expense.id}/${newId()}`;
  const upload = await receiveUpload(request, { bucket: docs, key, accept: RECEIPT_FILE_TYPES });
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

/** The month a statement shows: the one asked for, else the org's current month in its time zone. */
export const statementMonth = (asked: string | undefined, timezone: string) => asked ?? periodOf(todayIn(timezone));
