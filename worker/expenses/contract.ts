import { z } from "zod";
import { saneDate, saneMonth } from "../lib/date-input";
import { pageQuery, pageSchema } from "../lib/pagination";
import { typedText } from "../lib/text";
import { EXPENSE_CATEGORIES } from "./vocabulary";

/**
 * The expenses and owner-statement contract (issue 15 §6–7). Money: integers in minor units of `currency`
 * (the org's, ISO 4217); days `YYYY-MM-DD` and months `YYYY-MM` in the org's calendar (its time zone).
 */

/** The categories (./vocabulary.ts, zod-free: a browser module imports them from there). */
export { EXPENSE_CATEGORIES, type ExpenseCategory } from "./vocabulary";

const money = z.number().int();
const id = z.string().min(1).max(64);

/** `POST /expenses`: one expense on a property (optionally one of its apartments). */
export const expenseInput = z
  .object({
    propertyId: id,
    apartmentId: id.optional().meta({ description: "An apartment of `propertyId` (422 `apartment_not_in_property`)" }),
    maintenanceRequestId: id.optional().meta({
      description:
        "The maintenance request this expense pays for, on `propertyId` (422 `request_not_on_property`); its apartment and vendor are the defaults",
    }),
    category: z.enum(EXPENSE_CATEGORIES),
    amount: z
      .number()
      .int("must be whole minor units (cents)")
      .min(1, "must be more than 0")
      .max(1_000_000_000_00, "is too large")
      .optional()
      .meta({
        description:
          "Minor units of the org's currency, > 0. Omitted with `maintenanceRequestId`: the sum of the request's logged costs (409 `no_logged_costs` when none)",
      }),
    incurredOn: saneDate("The day incurred").meta({
      description: "`YYYY-MM-DD`, not after today in the org's time zone (422 `incurred_in_future`)",
    }),
    vendorId: id.optional().meta({ description: "The vendor paid" }),
    note: typedText(500).optional(),
  })
  .strict();
export type ExpenseInput = z.infer<typeof expenseInput>;

/**
 * `PATCH /expenses/{id}`: what a correction changes (at least one field). The property and the maintenance
 * request stay; `null` clears the apartment, the vendor or the note.
 */
export const expensePatch = z
  .object({
    category: z.enum(EXPENSE_CATEGORIES).optional(),
    amount: z
      .number()
      .int("must be whole minor units (cents)")
      .min(1, "must be more than 0")
      .max(1_000_000_000_00, "is too large")
      .optional()
      .meta({ description: "Minor units of the org's currency, > 0" }),
    incurredOn: saneDate("The day incurred")
      .optional()
      .meta({ description: "`YYYY-MM-DD`, not after today in the org's time zone (422 `incurred_in_future`)" }),
    apartmentId: id.nullable().optional().meta({ description: "An apartment of the expense's property, or null" }),
    vendorId: id.nullable().optional().meta({ description: "One of the org's vendors, or null" }),
    note: typedText(500).nullable().optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change", path: [] })
  .meta({ id: "ExpensePatch" });
export type ExpensePatch = z.infer<typeof expensePatch>;

/** `GET /expenses?propertyId=&from=&to=&page=&limit=`: newest first. */
export const expenseListQuery = pageQuery.extend({
  propertyId: id.optional(),
  from: saneDate("from").optional().meta({ description: "First day, inclusive" }),
  to: saneDate("to").optional().meta({ description: "Last day, inclusive" }),
});

/** A receipt as the API shows it: what it is and where to download it (an authenticated API path). */
const receiptView = z.object({
  type: z.string().meta({ description: "MIME type, from the file's bytes" }),
  name: z.string(),
  size: z.number().int().meta({ description: "Bytes" }),
  url: z.string().meta({ description: "`/api/expenses/{id}/receipt`" }),
});

/** One expense. */
export const expenseView = z
  .object({
    id: z.string(),
    propertyId: z.string(),
    apartmentId: z.string().nullable(),
    maintenanceRequestId: z.string().nullable(),
    vendorId: z.string().nullable(),
    category: z.enum(EXPENSE_CATEGORIES),
    amount: money,
    currency: z.string(),
    incurredOn: z.string(),
    note: z.string().nullable(),
    receipt: receiptView.nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "Expense" });
export type ExpenseView = z.infer<typeof expenseView>;

/** One expense in a list: with the names a reader needs to tell it apart (its vendor, its maintenance request). */
const expenseListItem = expenseView
  .extend({
    vendorName: z.string().nullable().meta({ description: "The vendor paid (`vendorId`), by name" }),
    maintenanceRequestTitle: z
      .string()
      .nullable()
      .meta({ description: "The maintenance request this expense pays for (`maintenanceRequestId`), by title" }),
  })
  .meta({ id: "ExpenseListItem" });
export type ExpenseListItem = z.infer<typeof expenseListItem>;

/** A page of expenses; with `propertyId`, that property (name, the org's currency, its apartments) and the org's vendors, for forms. */
export const expensePage = pageSchema(expenseListItem)
  .extend({
    property: z
      .object({
        id: z.string(),
        name: z.string(),
        currency: z.string(),
        timezone: z.string(),
        apartments: z.array(z.object({ id: z.string(), unitNumber: z.string() })),
        vendors: z
          .array(z.object({ id: z.string(), name: z.string(), trade: z.string() }))
          .meta({ description: "The org's vendors by name (as `GET /vendors` lists them), for the form's vendor" }),
      })
      .nullable(),
  })
  .meta({ id: "ExpensePage" });

/** `?month=YYYY-MM` (default: the org's current month) and `?format=json|csv`. */
export const statementQuery = z.object({
  month: saneMonth("The month").optional(),
  format: z.enum(["json", "csv"]).default("json"),
});
export const statementPdfQuery = z.object({ month: saneMonth("The month").optional() });

const STATEMENT_LINE_KINDS = ["rent", "refund", "expense"] as const;

/** A line of a statement: money in (`amount` > 0: rent received) or out (< 0: refunds, expenses). */
const statementLine = z.object({
  date: z.string().meta({ description: "Day received (rent, refunds) or incurred (expenses)" }),
  kind: z.enum(STATEMENT_LINE_KINDS),
  amount: money.meta({ description: "Signed: money in > 0, money out < 0" }),
  category: z.enum(EXPENSE_CATEGORIES).nullable(),
  unitNumber: z.string().nullable(),
  vendorName: z.string().nullable().meta({ description: "Who was paid (an expense with a vendor)" }),
  note: z.string().nullable(),
  period: z.string().nullable().meta({ description: "The rent period a payment was for" }),
  method: z.string().nullable(),
  expenseId: z.string().nullable(),
  leaseId: z.string().nullable(),
});
export type StatementLine = z.infer<typeof statementLine>;

/** The owner statement of one property and month. */
export const statementView = z
  .object({
    propertyId: z.string(),
    propertyName: z.string(),
    address: z.string(),
    month: z.string(),
    currentMonth: z.string().meta({
      description: "The org's current month (`YYYY-MM`, its time zone): no later one has a statement to page to",
    }),
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    income: money.meta({ description: "Rent collected: payments received in the month less refunds" }),
    expenses: money.meta({ description: "Expenses incurred in the month" }),
    net: money.meta({ description: "income − expenses (net operating income)" }),
    lines: z.array(statementLine),
    byCategory: z.array(z.object({ category: z.enum(EXPENSE_CATEGORIES), amount: money })),
    series: z
      .array(z.object({ month: z.string(), income: money, expenses: money, net: money }))
      .meta({ description: "The 12 months ending with `month`, oldest first" }),
  })
  .meta({ id: "OwnerStatement" });
export type StatementView = z.infer<typeof statementView>;

/** 202 while the statement PDF is rendered on the PDF queue. */
export const statementRendering = z.object({ status: z.literal("rendering"), retryAfter: z.number().int() });

/** The PDF queue's statement job (worker/jobs/pdf-consumer.ts). */
export const statementPdfJob = z.object({
  kind: z.literal("owner_statement"),
  orgId: z.string(),
  propertyId: z.string(),
  month: z.string(),
});
export type StatementPdfJob = z.infer<typeof statementPdfJob>;
