import { createDb } from "../db/client";
import type { Logger } from "../lib/log";
import { portsOf, type Ports } from "../lib/ports";
import { roomEvents } from "../rooms/publish";

/**
 * The ports of a queue batch or a cron run (no request): a fresh D1 client, the app's origin for links
 * (lib/context.ts `jobAppUrl`: APP_URL when deployed, the origin served from locally),
 * the rooms port over the APARTMENT_ROOM binding, and `jobId` (e.g. `cron:<schedule>:<time>`) as the id its
 * log lines carry.
 */
export function jobPorts(env: Env, log: Logger, jobId: string): Ports {
  const db = createDb(env.DB);
  return portsOf(env, { db, log, requestId: jobId, rooms: roomEvents(env.APARTMENT_ROOM, log, db, env.ORG_ROOM) });
}

/** A queue batch's id (`queue:<queue>:<uuid>`): what its log lines, ports and error reports carry as request id. */
export function batchJobId(batch: Pick<MessageBatch<unknown>, "queue">): string {
  return `queue:${batch.queue}:${crypto.randomUUID()}`;
}
