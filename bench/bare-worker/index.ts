// Baselines for `npm run bench`, on the same workerd, same machine, same run:
// - GET /bare: the smallest Hono handler (issue 17's "bare Hono").
// - GET /d1: the smallest handler that touches D1: one round trip (`SELECT 1`), what any database read pays.
// - GET /list: the runtime's floor for the authenticated apartments list, the same work done by hand with
//   nothing of Rentline's code: the bearer token checked with Hono's own JWT helper (HS256, issuer and
//   audience) and, like the API (worker/auth/tokens.ts), kept per isolate until it expires; then ONE D1 batch
//   of the three statements the API runs, in the SQL the API's drizzle builds (session + membership check,
//   the page of apartments with the caller's unread chat, the total; only two column aliases added), and the
//   page as JSON in the API's shape (camelCase, no org id: the same bytes). No logging, no middleware, no
//   validation library. The bench runs it on a copy of the API's database (bench/apartments.mjs), so both
//   read the same rows.
import { Hono } from "hono";
import { verify } from "hono/jwt";

type Env = { DB?: D1Database; JWT_SECRET?: string };

const app = new Hono<{ Bindings: Env }>();
app.get("/bare", (c) => c.json({ ok: true }));
app.get("/healthz", (c) => c.json({ ok: true }));

app.get("/d1", async (c) => {
  if (!c.env.DB) return c.json({ error: "this baseline needs DB" }, 500);
  return c.json(await c.env.DB.prepare("SELECT 1 AS ok").first());
});

const ACCESS = `select "sessions"."revoked_at", "sessions"."expires_at", "users"."banned_at", "memberships"."role", "orgs"."is_disabled", "orgs"."disabled_reason", "orgs"."name" from "sessions" inner join "users" on "users"."id" = "sessions"."user_id" left join "memberships" on ("memberships"."user_id" = "sessions"."user_id" and "memberships"."org_id" = ?) left join "orgs" on "orgs"."id" = "memberships"."org_id" where ("sessions"."id" = ? and "sessions"."user_id" = ?)`;
const PAGE = `select "apartments"."id", "apartments"."org_id", "apartments"."property_id", "apartments"."unit_number", "apartments"."rooms_count", "apartments"."rent_amount", "apartments"."currency", "apartments"."shared_chat", "apartments"."created_at", "apartments"."updated_at", max(0, coalesce("room_chat_counts"."messages", 0) - coalesce("room_reads"."read_messages", 0)) as "unread" from "apartments" left join "room_chat_counts" on "room_chat_counts"."apartment_id" = "apartments"."id" left join "room_reads" on ("room_reads"."apartment_id" = "apartments"."id" and "room_reads"."user_id" = ?) where "apartments"."org_id" = ? order by "apartments"."property_id" asc, "apartments"."unit_number" asc, "apartments"."id" asc limit ? offset ?`;
const TOTAL = `select count(*) as "total" from "apartments" where "apartments"."org_id" = ?`;

type Claims = { sub: string; sid: string; orgs: string[]; exp: number };
/** Verified tokens by token, as the API keeps them (a client's next request skips the HMAC). */
const verified = new Map<string, Claims>();

async function claimsOf(token: string, secret: string): Promise<Claims | null> {
  const known = verified.get(token);
  if (known && known.exp > Date.now() / 1000) return known;
  try {
    const claims = (await verify(token, secret, {
      alg: "HS256",
      iss: "https://rentline.app",
      aud: "rentline-api",
    })) as Claims;
    if (verified.size >= 1000) verified.clear();
    verified.set(token, claims);
    return claims;
  } catch {
    return null;
  }
}

type Apartment = {
  id: string;
  property_id: string;
  unit_number: string;
  rooms_count: number;
  rent_amount: number;
  currency: string;
  shared_chat: number;
  created_at: string;
  updated_at: string;
  unread: number;
};
type Access = { revoked_at: string | null; expires_at: string; banned_at: string | null; role: string | null };

app.get("/list", async (c) => {
  const { DB: db, JWT_SECRET: secret } = c.env;
  if (!db || !secret) return c.json({ error: "this baseline needs DB and JWT_SECRET" }, 500);
  const claims = await claimsOf(c.req.header("authorization")?.replace(/^Bearer /, "") ?? "", secret);
  if (!claims) return c.json({ error: "unauthorized" }, 401);
  const orgId = claims.orgs[0] ?? "";
  const limit = Math.min(Number(c.req.query("limit") ?? 20) || 20, 100);
  const [access, page, total] = await db.batch([
    db.prepare(ACCESS).bind(orgId, claims.sid, claims.sub),
    db.prepare(PAGE).bind(claims.sub, orgId, limit, 0),
    db.prepare(TOTAL).bind(orgId),
  ]);
  const row = access!.results[0] as Access | undefined;
  if (!row || row.revoked_at || row.banned_at || row.expires_at < new Date().toISOString())
    return c.json({ error: "unauthorized" }, 401);
  if (!row.role) return c.json({ error: "not found" }, 404);
  const count = (total!.results[0] as { total: number }).total;
  const results = (page!.results as Apartment[]).map((a) => ({
    id: a.id,
    propertyId: a.property_id,
    unitNumber: a.unit_number,
    roomsCount: a.rooms_count,
    rentAmount: a.rent_amount,
    currency: a.currency,
    sharedChat: Boolean(a.shared_chat),
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    unread: a.unread,
  }));
  return c.json({ results, total: count, page: 1, limit });
});

export default app;
