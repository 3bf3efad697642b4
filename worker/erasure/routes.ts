import { createRoute } from "@hono/zod-openapi";
import { clearSessionCookies, confirmIdentity, requireOrg, requireUser } from "../auth/access";
import { createRouter } from "../lib/context";
import { json, jsonBody, problems } from "../lib/openapi";
import { eraseAccount } from "./account";
import { confirmInput, erasureOutput, orgClosedOutput } from "./contract";
import { closeOrg } from "./org-closure";

/**
 * /api/me/erasure and /api/orgs/current/close (issue 16 §3, GDPR art. 17): a person erases their account; an
 * owner closes their org. Both confirm it is the person first (worker/auth/reauth.ts), and nothing is written
 * when they refuse.
 */

const tags = ["Erasure"];

export const erasureRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/me/erasure",
      operationId: "eraseMyAccount",
      summary: "Erase the signed-in account (GDPR art. 17)",
      description:
        "POST rather than DELETE /me: a DELETE with a body is not reliably carried by clients and proxies. Confirms it is the person: `password`, or for an account that signs in with Google only, a sign-in less than 5 minutes old (403 `reauthentication_required` otherwise). 422 `wrong_password` (nothing changed); 429 after too many attempts.\n\n" +
        "In one atomic batch: the profile, the dossier (and its files in R2, deleted after it), guarantors, sign-in links, idempotency keys, read marks, memberships, unused invitations and applications that made no lease (with the chat their rooms hold) are deleted; every session ends (tokens, refresh tokens, room tickets; open room sockets close); the account row is pseudonymised (name shown as “Former user” in the reader's language, an undeliverable unique address, so the address can sign up again; no password, no Google link) with an `account.erased` audit row. Chat messages, feed entries and history keep their text under the pseudonym. What the landlord must keep is kept (GDPR art. 17(3)(b), (e): leases, ledger, payments, receipts, agreements and signatures; signed PDFs are not altered). A renter with a running lease may erase their account: the lease's records stay with the landlord. A confirmation is emailed to the former address in the person's language. Clears the session cookies.\n\n" +
        "409 `close_org_first` when the person is the only owner of an org that still has other members or running leases: close it (POST /orgs/current/close) or make someone else an owner first. An org the person was alone in, with no running lease, is closed with the account (`closedOrgIds`).",
      tags,
      request: jsonBody(confirmInput),
      responses: { 200: json(erasureOutput), ...problems(400, 401, 403, 409, 422, 429) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const ports = c.get("ports");
      const identity = await confirmIdentity(ports.db, c.env.AUTH_LIMITER, claims, c.req.valid("json").password);
      const erased = await eraseAccount(ports, claims, identity);
      clearSessionCookies(c);
      return c.json(erased, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orgs/current/close",
      operationId: "closeOrg",
      summary: "Close the current org (owners)",
      description:
        "Needs `org.settings` (owners). Confirms it is the owner like POST /me/erasure (`password`, or a fresh Google sign-in; 422 `wrong_password`, 403 `reauthentication_required`). The org stops at once as a disabled org does (every org route answers 403 `org_disabled`, room tickets are refused, open sockets close); its published listings close (they leave search); unused staff invitations are deleted; every member and every renter of a running lease is emailed in their language. Its data is kept for the retention period (`purgeAfter`: 6 years, 10 for a company; Livre des procédures fiscales art. L102 B, Code de commerce art. L123-22) and then deleted. Written with an `org.closed` audit row in the same batch.",
      tags,
      request: jsonBody(confirmInput),
      responses: { 200: json(orgClosedOutput), ...problems(400, 401, 403, 404, 422, 429) },
    }),
    async (c) => {
      const s = await requireOrg(c, "org.settings");
      const ports = c.get("ports");
      const claims = c.get("claims")!;
      await confirmIdentity(ports.db, c.env.AUTH_LIMITER, claims, c.req.valid("json").password);
      return c.json(await closeOrg(ports, s.scope.userId, s.scope.orgId), 200);
    },
  );
