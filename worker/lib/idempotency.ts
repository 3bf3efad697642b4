import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { idempotencyKeys } from "../rent/schema";
import type { AppEnv } from "./context";
import { AppError, Conflict, Invalid } from "./errors";
import { sha256Hex } from "./ids";
import { nowIso } from "./time";

/**
 * `Idempotency-Key` for money POSTs (the Stripe convention): the first request with a key runs and its
 * response is stored; a replay with the same key and the same body gets that response again, without
 * running anything; the same key with a different body is a client bug → 422; a replay while the first is
 * still running → 409. Keys are scoped to the caller, so two users cannot collide, and kept 24 hours.
 */
const KEY = /^[A-Za-z0-9_\-:.]{8,255}$/;

type Stored = { status: number; body: unknown };

export async function withIdempotency(c: Context<AppEnv>, userId: string, run: () => Promise<Stored>, { required = false } = {}): Promise<Response> {
  const key = c.req.header("idempotency-key");
  if (!key) {
    if (required) throw new Invalid("Send an Idempotency-Key header (a random string you reuse when you retry this request)", [{ path: "Idempotency-Key", message: "required" }], "idempotency_key_required");
    const result = await run();
    return c.json(result.body as object, result.status as 200);
  }
  if (!KEY.test(key)) throw new Invalid("The Idempotency-Key must be 8 to 255 letters, digits, or - _ : .", [{ path: "Idempotency-Key", message: "invalid" }]);
  const url = new URL(c.req.url);
  const requestHash = await sha256Hex(`${c.req.method} ${url.pathname}\n${await c.req.raw.clone().text()}`);
  const db = c.get("db");
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash, status: null, responseBody: null, createdAt: nowIso() })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (!claimed) {
    const [previous] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!previous) throw new Conflict("This Idempotency-Key is being released; retry", "idempotency_in_progress");
    if (previous.requestHash !== requestHash) throw new AppError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request");
    if (previous.status === null) throw new Conflict("The first request with this Idempotency-Key is still running; retry shortly", "idempotency_in_progress");
    c.header("idempotent-replayed", "true");
    return c.json(previous.responseBody as object, previous.status as 200);
  }
  let result: Stored;
  try {
    result = await run();
  } catch (error) {
    // A refused request is not a result to replay: free the key so a corrected retry can run.
    await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
    throw error;
  }
  await db
    .update(idempotencyKeys)
    .set({ status: result.status, responseBody: result.body })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return c.json(result.body as object, result.status as 200);
}
