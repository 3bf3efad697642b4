import { createRoute, z } from "@hono/zod-openapi";
import { readOrg, requireOrg } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { pageOf } from "../lib/pagination";
import { MAX_UPLOAD_BYTES } from "../lib/uploads";
import { expenseInput, expenseListQuery, expensePage, expensePatch, expenseView } from "./contract";
import {
  apartmentsOf,
  expenseById,
  expenseChecks,
  expenseEditReads,
  expenseListQueries,
  propertyWithOrg,
  vendorsOf,
} from "./queries";
import { attachReceipt, deleteExpense, expenseListItemOf, recordExpense, updateExpense } from "./service";
import { statementRoutes } from "./statement-routes";

/**
 * Expenses and the owner statement (issue 15 §6–7). Who: owners and managers (`ledger.write`, the money
 * permission); maintenance members 403 `forbidden`; renters (no org) 403 `no_org`; another org's ids 404.
 * Reads are one D1 round trip (access check and reads in one batch).
 */
const tags = ["Expenses"];
const READ = problems(400, 401, 403, 404);
const WRITE = problems(400, 401, 403, 404, 409, 422);
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

const expenseOnlyRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/expenses",
      operationId: "recordExpense",
      summary: "Record an expense on a property",
      tags,
      description:
        "Records an expense on the org's property (optionally one of its apartments): a category (`repairs_maintenance`, `insurance`, `property_tax` — taxe foncière, `coownership_charges` — charges de copropriété, `management_fees`, `utilities`, `loan_interest`, `other`), an amount in minor units of the org's currency (> 0), the day incurred (org time zone, not after today: 422 `incurred_in_future`). An apartment of another property → 422 `apartment_not_in_property`; another org's property → 404. Attach the receipt with POST /expenses/{id}/receipt. From a maintenance request's logged costs: give `maintenanceRequestId` (a request on this property, else 422 `request_not_on_property`) and no `amount`: the amount is the sum of its labour and materials in the org's currency (409 `no_logged_costs` when none), the apartment and vendor default to the request's. An unknown vendor or request → 404.",
      request: jsonBody(expenseInput),
      responses: { 201: json(expenseView, "Recorded"), ...WRITE },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const {
        s,
        results: [[property], apartment, vendor, [request]],
      } = await readOrg(c, (r) => [propertyWithOrg(r, input.propertyId), ...expenseChecks(r, input)], "ledger.write");
      const facts = { property, apartmentFound: apartment.length > 0, vendorFound: vendor.length > 0, request };
      const expense = await recordExpense(s, input, facts);
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
        "The org's expenses, newest day first, optionally of one property (`propertyId`: then `property` names it, with the org's currency, its apartments and the org's vendors, for forms; another org's → 404) and between two days (`from`, `to`: `YYYY-MM-DD`, inclusive); paged (`page`, `limit`). Each names its vendor (`vendorName`) and its maintenance request (`maintenanceRequestTitle`). One D1 round trip.",
      request: { query: expenseListQuery },
      responses: { 200: json(expensePage), ...READ },
    }),
    async (c) => {
      const { page, limit, ...filter } = c.req.valid("query");
      const propertyId = filter.propertyId ?? "";
      const {
        results: [rows, [total], [property], units, vendorRows],
      } = await readOrg(
        c,
        (r) => [
          ...expenseListQueries(r, filter, { page, limit }),
          propertyWithOrg(r, propertyId),
          apartmentsOf(r, propertyId),
          vendorsOf(r),
        ],
        "ledger.write",
      );
      if (filter.propertyId && !property) throw new NotFound("Property");
      const shown = property
        ? {
            id: property.id,
            name: property.name,
            currency: property.currency,
            timezone: property.timezone,
            apartments: units,
            vendors: vendorRows,
          }
        : null;
      return c.json(
        { ...pageOf(rows.map(expenseListItemOf), total?.total ?? 0, { page, limit }), property: shown },
        200,
      );
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
      method: "patch",
      path: "/expenses/{id}",
      operationId: "updateExpense",
      summary: "Correct an expense",
      tags,
      description:
        "Corrects the org's expense: category, amount (minor units of the org's currency, > 0), day incurred (not after today in the property's time zone: 422 `incurred_in_future`), apartment (one of the expense's property, else 422 `apartment_not_in_property`; null clears), vendor (the org's, else 404; null clears), note (null clears). At least one field (400). The property and the maintenance request stay. The audit trail records each changed field's old and new value (`expense.updated`). Owners and managers (`ledger.write`); another org's expense 404.",
      request: { params: idParam, ...jsonBody(expensePatch) },
      responses: { 200: json(expenseView, "Corrected"), ...problems(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const {
        s,
        results: [[found], [apartment], vendor],
      } = await readOrg(c, (r) => [...expenseEditReads(r, id, patch)], "ledger.write");
      const facts = { found, apartmentPropertyId: apartment?.propertyId, vendorFound: vendor.length > 0 };
      return c.json(await updateExpense(s, c.get("ports"), patch, facts), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/expenses/{id}",
      operationId: "deleteExpense",
      summary: "Delete an expense",
      tags,
      description:
        "Deletes a mistaken or duplicate expense and its receipt: the owner statement stops counting it, and an expense made from a request's logged costs may be recorded again. Owners and managers (`ledger.write`); another org's expense 404. Recorded in the audit trail.",
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      const s = await requireOrg(c, "ledger.write");
      await deleteExpense(s, c.get("ports"), c.req.valid("param").id);
      return c.body(null, 204);
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
  );

/** Expenses and the owner statement, mounted by the app (worker/app.ts). */
export const expenseRoutes = createRouter().route("/", expenseOnlyRoutes).route("/", statementRoutes);
