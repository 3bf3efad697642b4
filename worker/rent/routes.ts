import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { leases } from "../leases/schema";
import { appUrl } from "../lib/context";
import { idempotent } from "../lib/idempotency";
import { portsOf } from "../lib/ports";
import { nowIso } from "../lib/time";
import { publishLedgerToRoom } from "../rooms/publish";
import { confirmAfterOnlinePayment } from "../applications/service";
import { applyStripeEvent, startCheckout, stripeClient, stripeConfigured, verifyWebhook } from "./stripe";
import { PORTFOLIO_EDITORS, readInLease, readInOrg, requireLeaseAccess } from "../auth/access";
import { assembleDashboard, dashboardQueries } from "./dashboard";
import { receiptFacts, receiptKey, receiptQueries } from "./receipts";
import type { PdfJob } from "../documents/jobs";
import { createRouter } from "../lib/context";
import { AppError, Conflict, Forbidden, Invalid, NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { ledgerKinds } from "./schema";
import * as rent from "./service";

const entry = z
  .object({
    id: z.string(),
    leaseId: z.string(),
    kind: z.enum(ledgerKinds),
    amount: z.number().int().openapi({
      description: "Integer minor units owed by the renter: charges and debits positive, payments and credits negative",
    }),
    currency: z.string(),
    period: z.string().nullable(),
    reason: z.string().nullable(),
    sourceRef: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("LedgerEntry");
const periodSummary = z
  .object({
    period: z.string(),
    dueDate: z.string(),
    due: z.number().int(),
    paid: z.number().int(),
    outstanding: z.number().int(),
    status: z.enum(["paid", "partially_paid", "due", "overdue"]),
    daysLate: z.number().int(),
  })
  .openapi("RentPeriod");
const tags = ["Rent"];
const toEntry = ({ orgId: _, ...e }: rent.LedgerEntry) => e;

export const rentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/ledger",
      tags,
      description:
        "The lease's ledger, newest first, and its balance (the sum of entries; positive means the renter owes). Landlord side or the lease's renters.",
      request: { params: idParam },
      responses: {
        200: json(
          z.object({
            entries: z.array(entry),
            balance: z.number().int(),
            currency: z.string(),
            periods: z.array(periodSummary),
            remindersEnabled: z.boolean(),
            onlinePayments: z.boolean().openapi({ description: "Stripe is configured: the renter may pay online" }),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        results: [entries, [total]],
      } = await readInLease(c, id, (db) => [...rent.ledgerQueries(db, id)]);
      if (!total) throw new NotFound("Lease");
      return c.json(
        {
          entries: entries.map(toEntry),
          balance: total.balance,
          currency: total.currency,
          periods: rent.periodSummaries(entries, total.dueDay, nowIso()),
          remindersEnabled: total.remindersEnabled,
          onlinePayments: stripeConfigured(c.env),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/adjustments",
      tags,
      description:
        "A credit (negative) or debit (positive) with a reason; owners and managers only. Nothing on the ledger is ever edited.",
      request: {
        params: idParam,
        ...jsonBody(
          z.object({
            amount: z
              .number()
              .int()
              .min(-100_000_000)
              .max(100_000_000)
              .refine((n) => n !== 0, "must not be zero"),
            reason: z.string().trim().min(1).max(500),
          }),
        ),
      },
      responses: { 201: json(entry, "Created"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireLeaseAccess(c, id, PORTFOLIO_EDITORS);
      const input = c.req.valid("json");
      const created = await idempotent(c, scope.userId, input, async () => {
        const row = toEntry(await rent.addAdjustment(c.get("db"), scope, id, input));
        c.executionCtx.waitUntil(publishLedgerToRoom(c.env, scope.apartmentId, id, c.get("log")));
        return row;
      });
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/checkout",
      tags,
      description:
        "A renter of the lease pays the balance, or one period's outstanding amount, with Stripe Checkout. Requires an `Idempotency-Key` header; a replay returns the same checkout. 404 when online payments are not configured.",
      request: {
        params: idParam,
        headers: z.object({
          "idempotency-key": z
            .string()
            .optional()
            .openapi({ description: "Required: a random string, reused when retrying" }),
        }),
        ...jsonBody(
          z.object({
            period: z
              .string()
              .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
              .optional(),
          }),
        ),
      },
      responses: {
        200: json(z.object({ url: z.url(), paymentId: z.string(), amount: z.number().int(), currency: z.string() })),
        422: json(z.object({}), "Idempotency-Key reused with another body"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireLeaseAccess(c, id);
      if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
      if (scope.side !== "renter") throw new Forbidden("Only the renters of this lease pay online");
      const input = c.req.valid("json");
      const checkout = await idempotent(
        c,
        scope.userId,
        input,
        () => startCheckout(c.get("db"), stripeClient(c.env), scope, id, input, appUrl(c)),
        { required: true },
      );
      return c.json(checkout, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/stripe/webhook",
      tags,
      security: [],
      description:
        "Stripe events (checkout.session.completed, payment_intent.succeeded, payment_intent.payment_failed, charge.refunded). The `Stripe-Signature` is verified on the raw body with a 300-second tolerance; each event is applied once.",
      responses: { 200: json(z.object({ received: z.boolean(), duplicate: z.boolean() })), ...errorResponses },
    }),
    async (c) => {
      if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
      const event = await verifyWebhook(c.env, await c.req.text(), c.req.header("stripe-signature"));
      if (!event)
        throw new Invalid("The Stripe-Signature header is missing, invalid or too old", undefined, "invalid_signature");
      const db = c.get("db");
      const ports = portsOf(c.env, db, c.get("log"), c.get("requestId"), appUrl(c));
      const outcome = await applyStripeEvent(db, stripeClient(c.env), event, async (applicationId, ref) => {
        try {
          await confirmAfterOnlinePayment(ports, applicationId, ref);
        } catch (error) {
          // Already confirmed (a redelivery, or the landlord marked it received): nothing more to do.
          if (!(error instanceof AppError && error.status === 409)) throw error;
        }
      });
      if (outcome.leaseId && !outcome.duplicate) {
        const [lease] = await db
          .select({ apartmentId: leases.apartmentId })
          .from(leases)
          .where(eq(leases.id, outcome.leaseId));
        if (lease)
          c.executionCtx.waitUntil(publishLedgerToRoom(c.env, lease.apartmentId, outcome.leaseId, c.get("log")));
      }
      return c.json({ received: true, duplicate: outcome.duplicate }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/receipts/{period}",
      tags,
      description:
        "The rent receipt of a fully paid period as a PDF (a quittance de loyer for French orgs). The first request queues its rendering and answers 202 with Retry-After; later ones return the PDF.",
      request: {
        params: idParam.extend({
          period: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
            .openapi({ param: { name: "period", in: "path" } }),
        }),
      },
      responses: {
        200: {
          description: "The receipt",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        202: json(z.object({ status: z.literal("rendering") }), "Being rendered: retry after the Retry-After delay"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, period } = c.req.valid("param");
      const { results } = await readInLease(c, id, (db) => [...receiptQueries(db, id)]);
      const facts = receiptFacts(results, id, period);
      if (!facts) throw new NotFound("Lease");
      if (!facts.paid) throw new Conflict(`${period} is not fully paid: a receipt is issued once it is`, "not_paid");
      const object = await c.env.DOCS.get(receiptKey(facts.lease.orgId, id, period));
      if (!object) {
        await c.env.PDF_QUEUE.send({ kind: "receipt", leaseId: id, period } satisfies PdfJob, { contentType: "json" });
        c.header("Retry-After", "2");
        return c.json({ status: "rendering" as const }, 202);
      }
      const name = `${facts.input.locale === "fr" ? "quittance" : "receipt"}-${period}.pdf`;
      return c.body(object.body, 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "private, no-store",
      }) as never;
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/rent",
      tags,
      description:
        "The org's rent for a month (default: this one), per currency: expected vs collected, overdue leases with amount and days late, and the 12 months ending there. Owners and managers.",
      request: {
        query: z.object({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
            .optional(),
        }),
      },
      responses: {
        200: json(
          z.object({
            month: z.string(),
            totals: z.array(
              z.object({ currency: z.string(), expected: z.number().int(), collected: z.number().int() }),
            ),
            overdue: z.array(
              z.object({
                leaseId: z.string(),
                apartmentId: z.string(),
                unitNumber: z.string(),
                propertyName: z.string(),
                renters: z.string(),
                currency: z.string(),
                amount: z.number().int(),
                daysLate: z.number().int(),
                periods: z.array(z.string()),
              }),
            ),
            series: z.array(
              z.object({
                currency: z.string(),
                months: z.array(
                  z.object({ month: z.string(), expected: z.number().int(), collected: z.number().int() }),
                ),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const month = c.req.valid("query").month ?? nowIso().slice(0, 7);
      const {
        s,
        results: [totals, entries, owing],
      } = await readInOrg(c, (scoped) => [...dashboardQueries(scoped, month)]);
      if (!PORTFOLIO_EDITORS.includes(s.scope.role as (typeof PORTFOLIO_EDITORS)[number]))
        throw new Forbidden(`Your role (${s.scope.role}) does not allow this`);
      return c.json(assembleDashboard(month, nowIso().slice(0, 10), totals, entries, owing), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/leases/{id}/reminders",
      tags,
      description: "Switches the lease's rent reminder emails on or off (owners and managers).",
      request: { params: idParam, ...jsonBody(z.object({ enabled: z.boolean() })) },
      responses: { 200: json(z.object({ remindersEnabled: z.boolean() })), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireLeaseAccess(c, id, PORTFOLIO_EDITORS);
      const { enabled } = c.req.valid("json");
      await c
        .get("db")
        .update(leases)
        .set({ remindersEnabled: enabled })
        .where(and(eq(leases.id, id), eq(leases.orgId, scope.orgId)));
      return c.json({ remindersEnabled: enabled }, 200);
    },
  );
