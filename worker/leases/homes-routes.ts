import { createRoute } from "@hono/zod-openapi";
import type { BatchItem } from "drizzle-orm/batch";
import { readAsUser } from "../auth/access";
import type { Db } from "../db/client";
import { createRouter } from "../lib/context";
import { errorResponses, json } from "../lib/openapi";
import { homes, type AwaitingHome } from "./contract";
import { homesOf, homesQuery } from "./queries";

/**
 * What "My homes" reads from other features, given by the composition root (worker/app.ts) so that leases
 * never imports them: the renter's accepted applications waiting for a first payment.
 */
export type HomesHooks = {
  awaitingHomesQuery: (db: Db, userId: string) => BatchItem<"sqlite"> & PromiseLike<AwaitingHome[]>;
};

/** `GET /me/homes`: the renter's homes across orgs, and the accepted applications about to become one. */
export const homesRoutes = (hooks: HomesHooks) =>
  createRouter().openapi(
    createRoute({
      method: "get",
      path: "/me/homes",
      operationId: "listMyHomes",
      summary: "List the signed-in renter's homes",
      tags: ["Leases"],
      description:
        "The renter's homes across every org, current and past, with unread chat counts and balances; statuses as of today in each org's time zone. `awaitingPayment`: applications a landlord accepted that wait for the first payment before they become a lease. One D1 round trip.",
      responses: { 200: json(homes), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [rows, awaiting],
      } = await readAsUser(c, (db, claims) => [homesQuery(db, claims.sub), hooks.awaitingHomesQuery(db, claims.sub)]);
      return c.json({ results: homesOf(rows), awaitingPayment: awaiting }, 200);
    },
  );
