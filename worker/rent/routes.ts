import { requireLeasePrivate } from "../auth/policy";
import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { readOrg, readLease, requireLease } from "../auth/access";
import { createRouter } from "../lib/context";
import { todayIn, periodOf } from "../lib/calendar";
import type { MoneyHooks } from "../lib/hooks";
import { idempotent } from "../lib/idempotency";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { stripeConfigured } from "../lib/stripe";
import { orgs } from "../orgs/schema";
import {
  adjustmentInput,
  dashboardQuery,
  ledger,
  ledgerEntry,
  month,
  receiptQuery,
  receiptRendering,
  remindersInput,
  remindersResult,
  rentDashboard,
} from "./contract";
import { assembleDashboard, dashboardQueries } from "./dashboard";
import { paymentRoutes } from "./payment-routes";
import { ledgerOf, ledgerQueries, withoutOrg } from "./queries";
import { receiptFacts, receiptQueries } from "./receipt-facts";
import { storedReceipt } from "./receipts";
import { addAdjustment, setReminders } from "./service";

const tags = ["Rent"];

/** The lease ledger, adjustments, reminders, receipts and the org's dashboard. */
const ledgerRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/ledger",
      operationId: "getLeaseLedger",
      summary: "Read a lease's ledger and balance",
      tags,
      description:
        "The lease's ledger, newest first, its balance (the sum of entries, minor units; positive means the renter owes) and its periods as of today (UTC). Landlord side or the lease's renters; one D1 round trip.",
      request: { params: idParam },
      responses: { 200: json(ledger), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, results } = await readLease(c, id, (l) => [...ledgerQueries(l)]);
      requireLeasePrivate(actor);
      return c.json(ledgerOf(results, stripeConfigured(c.env)), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/adjustments",
      operationId: "addLedgerAdjustment",
      summary: "Credit or debit a lease's ledger",
      tags,
      description:
        "A credit (negative) or debit (positive) in minor units, with a reason. Needs `ledger.write` (owners, managers). Nothing on the ledger is ever edited. Replays with the same `Idempotency-Key` answer the first entry.",
      request: { params: idParam, ...jsonBody(adjustmentInput) },
      responses: { 201: json(ledgerEntry, "Created"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, l } = await requireLease(c, id, "ledger.write");
      const input = c.req.valid("json");
      const created = await idempotent(c, actor.userId, input, async () => {
        const row = withoutOrg(await addAdjustment(c.get("ports"), l, actor, input));
        c.executionCtx.waitUntil(c.get("ports").rooms.ledgerChanged(actor.apartmentId, id));
        c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ orgId: actor.orgId }, "payments"));
        return row;
      });
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/receipts/{period}",
      operationId: "getRentReceipt",
      summary: "Download a period's rent receipt",
      tags,
      description:
        "A period's rent receipt as a PDF, in the lease's language (its org's). Loi n° 89-462 du 6 juillet 1989, art. 21: `kind=full` (default) is the receipt of a fully paid period (a quittance de loyer for French orgs), 409 `not_paid` until it is; `kind=partial` is the receipt (reçu) of the sum paid on a partly paid period — amount received, the day(s) it was received, the period and what remains due, no discharge — 409 `not_partly_paid` for a period paid in full or with nothing received. The first request queues its rendering and answers 202 with Retry-After; later ones return the PDF. The landlord block is the org's legal identity (its settings): 409 `org_identity_missing` while the org has no legal name or registered address; 409 `unprintable_text` (naming the characters) when a name or address cannot be printed. Landlord side or the lease's renters; one D1 round trip.",
      request: { params: idParam.extend({ period: month }), query: receiptQuery },
      responses: {
        200: {
          description: "The receipt",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        202: json(receiptRendering, "Being rendered: retry after the Retry-After delay"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, period } = c.req.valid("param");
      const { kind } = c.req.valid("query");
      const { actor, results } = await readLease(c, id, (l) => [...receiptQueries(l)]);
      requireLeasePrivate(actor);
      const facts = receiptFacts(results, id, period);
      const receipt = await storedReceipt(c.get("ports"), facts, { leaseId: id, period, kind });
      if (!receipt) {
        c.header("Retry-After", "2");
        return c.json({ status: "rendering" as const }, 202);
      }
      return c.body(receipt.body, 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${receipt.filename}"`,
        "cache-control": "private, no-store",
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/rent",
      operationId: "getRentDashboard",
      summary: "Read the org's rent dashboard for a month",
      tags,
      description:
        "The org's rent for a month (default: this one, in the org's time zone), per currency: expected vs collected (minor units), overdue leases with amount and days late, and the 12 months ending there. Needs `ledger.write` (owners, managers); one D1 round trip.",
      request: { query: dashboardQuery },
      responses: { 200: json(rentDashboard), ...errorResponses },
    }),
    async (c) => {
      const asked = c.req.valid("query").month;
      // "This month" is the org's: read 13 months ending at the newest month any zone has reached (UTC+14),
      // with the org's zone in the same batch, then show the org's own month (one round trip).
      const newest = asked ?? periodOf(todayIn("Pacific/Kiritimati"));
      const {
        results: [[org], running, windowEntries, entries, owing],
      } = await readOrg(
        c,
        (s) => [
          c.get("db").select({ timezone: orgs.timezone }).from(orgs).where(eq(orgs.id, s.scope.orgId)),
          ...dashboardQueries(s, newest, 13),
        ],
        "ledger.write",
      );
      const today = todayIn(org?.timezone ?? "UTC");
      const shown = asked ?? periodOf(today);
      return c.json(assembleDashboard(shown, today, [running, windowEntries], entries, owing), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/leases/{id}/reminders",
      operationId: "setLeaseReminders",
      summary: "Switch a lease's rent reminders on or off",
      tags,
      description: "Switches the lease's rent reminder emails on or off. Needs `ledger.write` (owners, managers).",
      request: { params: idParam, ...jsonBody(remindersInput) },
      responses: { 200: json(remindersResult), ...errorResponses },
    }),
    async (c) => {
      const { l } = await requireLease(c, c.req.valid("param").id, "ledger.write");
      return c.json(await setReminders(l, c.req.valid("json")), 200);
    },
  );

/**
 * The rent API: ledgers, receipts, the dashboard, and online payments. `hooks` come from the composition
 * root (worker/app.ts): what other features do when money arrives (an application's first payment).
 */
export function rentRoutes(hooks: MoneyHooks) {
  return createRouter().route("/", ledgerRoutes).route("/", paymentRoutes(hooks));
}
