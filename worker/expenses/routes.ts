import { createRoute, z } from "@hono/zod-openapi";
import { readOrg } from "../auth/access";
import { todayIn } from "../lib/calendar";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { pageOf } from "../lib/pagination";
import { MAX_UPLOAD_BYTES } from "../lib/uploads";
import {
  expenseInput,
  expenseListQuery,
  expensePage,
  expenseView,
  statementPdfQuery,
  statementQuery,
  statementRendering,
  statementView,
} from "./contract";
import { apartmentOfProperty, expenseById, expenseListQueries, propertyWithOrg, statementReads } from "./queries";
import { attachReceipt, expenseViewOf, recordExpense, statementMonth } from "./service";
import { assembleStatement } from "./statement";
import {
  localeOf,
  queueStatementPdf,
  startRendering,
  statementCsv,
  statementFileName,
  storedStatementPdf,
} from "./statement-files";

/**
 * Expenses and the owner statement (issue 15 §6–7). Who: owners and managers (`ledger.write`, the money
 * permission); maintenance members 403 `forbidden`; renters (no org) 403 `no_org`; another org's ids 404.
 * Reads are one D1 round trip (access check and reads in one batch).
 */
const tags = ["Expenses"];
const READ = problems(400, 401, 403, 404);
const WRITE = problems(400, 401, 403, 404, 409, 422);
const RETRY_AFTER_SECONDS = 2;
const binary = z.string().openapi({ format: "binary" });

/** The receipt upload body, as a plain schema so the router does not buffer it (see worker/dossier/routes.ts). */
const receiptBody = {
  body: {
    required: true,
    description: `multipart/form-data with one \`file\`: a photo (JPEG, PNG, WebP; downscaled and re-encoded) or a PDF, checked from its bytes, at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object" as const,
          required: ["file"],
          properties: { file: { type: "string" as const, format: "binary" } },
        },
      },
    },
  },
};

export const expenseRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/expenses",
      operationId: "recordExpense",
      summary: "Record an expense on a property",
      tags,
      description:
        "Records an expense on the org's property (optionally one of its apartments): a category (`repairs_maintenance`, `insurance`, `property_tax` — taxe foncière, `coownership_charges` — charges de copropriété, `management_fees`, `utilities`, `loan_interest`, `other`), an amount in minor units of the org's currency (> 0), the day incurred (org time zone, not after today: 422 `incurred_in_future`). An apartment of another property → 422 `apartment_not_in_property`; another org's property → 404. Attach the receipt with POST /expenses/{id}/receipt. To record an expense from a maintenance request's logged costs, use POST /maintenance-requests/{id}/expense.",
      request: jsonBody(expenseInput),
      responses: { 201: json(expenseView, "Recorded"), ...WRITE },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const {
        s,
        results: [[property], apartment],
      } = await readOrg(
        c,
        (r) => [
          propertyWithOrg(r, input.propertyId),
          apartmentOfProperty(r, input.propertyId, input.apartmentId ?? ""),
        ],
        "ledger.write",
      );
      const expense = await recordExpense(s, input, { property, apartmentFound: apartment.length > 0 });
      return c.json(expense, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/expenses",
      operationId: "listExpenses",
      summary: "List expenses",
      tags,
      description:
        "The org's expenses, newest day first, optionally of one property (`propertyId`) and between two days (`from`, `to`: `YYYY-MM-DD`, inclusive); paged (`page`, `limit`). One D1 round trip.",
      request: { query: expenseListQuery },
      responses: { 200: json(expensePage), ...READ },
    }),
    async (c) => {
      const { page, limit, ...filter } = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readOrg(c, (r) => [...expenseListQueries(r, filter, { page, limit })], "ledger.write");
      return c.json(pageOf(rows.map(expenseViewOf), total?.total ?? 0, { page, limit }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/expenses/{id}/receipt",
      operationId: "attachExpenseReceipt",
      summary: "Attach the receipt of an expense",
      tags,
      description:
        "Stores the expense's receipt (a photo from the phone's camera or a PDF), replacing any earlier one. The file goes through the same checks as every upload: 413 too large, 415 neither a photo nor a PDF (by its bytes, whatever its name), 422 unreadable image.",
      request: { params: idParam, ...receiptBody },
      responses: { 200: json(expenseView, "Attached"), ...problems(400, 401, 403, 404, 413, 415, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        s,
        results: [[expense]],
      } = await readOrg(c, (r) => [expenseById(r, id)], "ledger.write");
      if (!expense) throw new NotFound("Expense");
      return c.json(await attachReceipt(s, c.get("ports"), expense, c.req.raw), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/expenses/{id}/receipt",
      operationId: "getExpenseReceipt",
      summary: "Download the receipt of an expense",
      tags,
      description: "The receipt file (inline). 404 when the expense has none. One D1 round trip, then R2.",
      request: { params: idParam },
      responses: {
        200: {
          description: "The receipt",
          content: { "application/pdf": { schema: binary }, "image/*": { schema: binary } },
        },
        ...READ,
      },
    }),
    async (c) => {
      const {
        results: [[expense]],
      } = await readOrg(c, (r) => [expenseById(r, c.req.valid("param").id)], "ledger.write");
      const object = expense?.receiptKey ? await c.env.DOCS.get(expense.receiptKey) : null;
      if (!expense || !object) throw new NotFound(expense ? "Receipt" : "Expense");
      const name = encodeURIComponent(expense.receiptName ?? "receipt");
      return c.body(object.body, 200, {
        "content-type": expense.receiptType ?? "application/octet-stream",
        "content-disposition": `inline; filename*=UTF-8''${name}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}/statement",
      operationId: "getOwnerStatement",
      summary: "Read a property's owner statement for a month",
      tags,
      description:
        "The owner statement of the property for `month` (`YYYY-MM`, default the org's current month), in the org's currency: `income` = rent collected (payments on the ledgers of the property's leases whose money was received that month — the day received, else the day the entry was written in the org's time zone — less refunds written that month), `expenses` = expenses incurred that month, `net` = income − expenses; every line, expenses by category and the 12 months ending there. `format=csv` answers the month's lines as CSV (RFC 4180, header in the org's language, amounts as signed decimals with the currency). One D1 round trip.",
      request: { params: idParam, query: statementQuery },
      responses: {
        200: {
          description: "The statement",
          content: { "application/json": { schema: statementView }, "text/csv": { schema: z.string() } },
        },
        ...READ,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { month, format } = c.req.valid("query");
      const {
        results: [property, moneyIn, moneyOut],
      } = await readOrg(c, (r) => [...statementReads(r, id, month)], "ledger.write");
      const statement = assembleStatement(property, moneyIn, moneyOut, month);
      if (!statement || !property[0]) throw new NotFound("Property");
      if (format === "json") return c.json(statement, 200);
      const locale = localeOf(property[0].locale);
      return c.body(statementCsv(statement, locale), 200, {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `attachment; filename="${statementFileName(locale, statement.month, "csv")}"`,
        "cache-control": "private, no-store",
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/properties/{id}/statement/pdf",
      operationId: "renderOwnerStatementPdf",
      summary: "Render a property's owner statement as PDF",
      tags,
      description:
        "Queues the rendering of the statement of `month` (default: the org's current month) on the PDF queue, dropping any PDF rendered before (a month's statement changes as money is recorded), and answers 202 with Retry-After and a Location to GET it. 409 `unprintable_text` (naming the characters) when a name, address or note cannot be printed.",
      request: { params: idParam, query: statementPdfQuery },
      responses: { 202: json(statementRendering, "Being rendered: GET it after Retry-After"), ...WRITE },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { results } = await readOrg(
        c,
        (r) => [...statementReads(r, id, c.req.valid("query").month)],
        "ledger.write",
      );
      const [property, moneyIn, moneyOut] = results;
      const statement = assembleStatement(property, moneyIn, moneyOut, c.req.valid("query").month);
      const org = property[0];
      if (!statement || !org) throw new NotFound("Property");
      const job = { kind: "owner_statement" as const, orgId: org.orgId, propertyId: id, month: statement.month };
      const input = {
        statement,
        locale: localeOf(org.locale),
        ownerName: org.orgName,
        issuedOn: todayIn(org.timezone),
      };
      await queueStatementPdf(c.get("ports"), job, input);
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      c.header("Location", `/api/properties/${id}/statement/pdf?month=${statement.month}`);
      return c.json({ status: "rendering" as const, retryAfter: RETRY_AFTER_SECONDS }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}/statement/pdf",
      operationId: "getOwnerStatementPdf",
      summary: "Download a property's owner statement PDF",
      tags,
      description:
        "The statement PDF of `month` (default: the org's current month) once rendered (attachment). While it renders — or when it was never asked for, which queues it — 202 with Retry-After. One D1 round trip, then R2.",
      request: { params: idParam, query: statementPdfQuery },
      responses: {
        200: { description: "The statement", content: { "application/pdf": { schema: binary } } },
        202: json(statementRendering, "Being rendered: retry after the Retry-After delay"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const asked = c.req.valid("query").month;
      const {
        results: [property],
      } = await readOrg(c, (r) => [propertyWithOrg(r, id)], "ledger.write");
      const org = property[0];
      if (!org) throw new NotFound("Property");
      const month = statementMonth(asked, org.timezone);
      const job = { kind: "owner_statement" as const, orgId: org.orgId, propertyId: id, month };
      const stored = await storedStatementPdf(c.get("ports"), job);
      if (stored.pdf) {
        const locale = localeOf(org.locale);
        return c.body(stored.pdf.body, 200, {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${statementFileName(locale, month, "pdf")}"`,
          "cache-control": "private, no-store",
        });
      }
      if (!stored.pending) await startRendering(c.get("ports"), job);
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ status: "rendering" as const, retryAfter: RETRY_AFTER_SECONDS }, 202);
    },
  );
