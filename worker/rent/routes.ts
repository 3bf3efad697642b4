import { createRoute, z } from "@hono/zod-openapi";
import { PORTFOLIO_EDITORS, readInLease, requireLeaseAccess } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { ledgerKinds } from "./schema";
import * as rent from "./service";

const entry = z
  .object({
    id: z.string(),
    leaseId: z.string(),
    kind: z.enum(ledgerKinds),
    amount: z.number().int().openapi({ description: "Integer minor units owed by the renter: charges and debits positive, payments and credits negative" }),
    currency: z.string(),
    period: z.string().nullable(),
    reason: z.string().nullable(),
    sourceRef: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("LedgerEntry");
const tags = ["Rent"];
const toEntry = ({ orgId: _, ...e }: rent.LedgerEntry) => e;

export const rentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/ledger",
      tags,
      description: "The lease's ledger, newest first, and its balance (the sum of entries; positive means the renter owes). Landlord side or the lease's renters.",
      request: { params: idParam },
      responses: { 200: json(z.object({ entries: z.array(entry), balance: z.number().int(), currency: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        results: [entries, [total]],
      } = await readInLease(c, id, (db) => [...rent.ledgerQueries(db, id)]);
      if (!total) throw new NotFound("Lease");
      return c.json({ entries: entries.map(toEntry), balance: total.balance, currency: total.currency }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/adjustments",
      tags,
      description: "A credit (negative) or debit (positive) with a reason; owners and managers only. Nothing on the ledger is ever edited.",
      request: {
        params: idParam,
        ...jsonBody(z.object({ amount: z.number().int().min(-100_000_000).max(100_000_000).refine((n) => n !== 0, "must not be zero"), reason: z.string().trim().min(1).max(500) })),
      },
      responses: { 201: json(entry, "Created"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireLeaseAccess(c, id, PORTFOLIO_EDITORS);
      return c.json(toEntry(await rent.addAdjustment(c.get("db"), scope, id, c.req.valid("json"))), 201);
    },
  );
