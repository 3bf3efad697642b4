import { and, eq, isNull } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Context } from "hono";
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
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text("request_hash").notNull(),
    /** Null while the first request runs. */
    status: integer("status"),
    responseBody: text("response_body", { mode: "json" }),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

const KEY = /^[A-Za-z0-9_\-:.]{8,255}$/;

/**
 * Runs `run` once per (caller, key): returns its body, or the stored body of the first run on a replay.
 * The route answers with its own fixed status either way.
 */
export async function idempotent<T>(
  c: Context<AppEnv>,
  userId: string,
  input: unknown,
  run: () => Promise<T>,
  { required = false } = {},
): Promise<T> {
  const key = c.req.header("idempotency-key");
  if (!key) {
    if (required)
      throw new Invalid(
        "Send an Idempotency-Key header (a random string you reuse when you retry this request)",
        [{ path: "Idempotency-Key", message: "required" }],
        "idempotency_key_required",
      );
    return run();
  }
  if (!KEY.test(key))
    throw new Invalid("The Idempotency-Key must be 8 to 255 letters, digits, or - _ : .", [
      { path: "Idempotency-Key", message: "invalid" },
    ]);
  const url = new URL(c.req.url);
  // The validated input, not the raw body (already read by the validator): same meaning, same hash.
  const requestHash = await sha256Hex(`${c.req.method} ${url.pathname}\n${JSON.stringify(input ?? null)}`);
  const db = c.get("db");
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash, status: null, responseBody: null, createdAt: nowIso() })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (!claimed) {
    const [previous] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!previous)
      throw new Conflict(
        "The first request with this Idempotency-Key was just refused; retry",
        "idempotency_in_progress",
      );
    if (previous.requestHash !== requestHash)
      throw new AppError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request",
      );
    if (previous.status === null)
      throw new Conflict(
        "The first request with this Idempotency-Key is still running; retry shortly",
        "idempotency_in_progress",
      );
    c.header("idempotent-replayed", "true");
    return previous.responseBody as T;
  }
  let body: T;
  try {
    body = await run();
  } catch (error) {
    // A refused request is not a result to replay: free the key so a corrected retry can run.
    await db
      .delete(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), isNull(idempotencyKeys.status)));
    throw error;
  }
  await db
    .update(idempotencyKeys)
    .set({ status: 200, responseBody: body })
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return body;
}
