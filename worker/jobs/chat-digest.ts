import { createDb } from "../db/client";
import { enqueueEmail } from "../email/contract";
import { todayIn } from "../lib/calendar";
import type { Logger } from "../lib/log";
import type { Ports } from "../lib/ports";
import { jobAppUrl } from "../lib/served-origin";
import { isoIn, nowIso } from "../lib/time";
import { markDigested, unreadRoomsQuery, type UnreadRoom } from "../rooms/chat";

/**
 * Unread-chat digest (hourly cron). Guarantees: one email per person per run listing every room with chat
 * they have not read, never one email per message, and a room is only digested again once new messages
 * arrived after the last digest. Quiet rooms only: the newest message is at least 10 minutes old, so a
 * live conversation is not interrupted. Assumes the room keeps `room_chat_counts` up to date.
 */
const QUIET_MS = 10 * 60 * 1000;

/** The digest email of one person's unread rooms (their first row names them). */
async function sendDigest(ports: Pick<Ports, "queues" | "appUrl">, [first, ...more]: [UnreadRoom, ...UnreadRoom[]]) {
  await enqueueEmail(ports.queues.email, {
    template: "chat_digest",
    to: first.email,
    orgId: first.orgId,
    data: {
      name: first.name,
      rooms: [first, ...more].map((r) => ({
        address: { street: r.address, city: r.city, unit: r.unit },
        unread: r.messages - r.readMessages,
        // Each side's page of the apartment, on its Chat tab (without it: the landlord's Overview, the renter's Rent).
        link: `${ports.appUrl}/${r.side === "landlord" ? "apartments" : "homes"}/${r.apartmentId}?tab=chat`,
      })),
    },
  });
}

/**
 * Queues the digests due at `now` (ms since the epoch) and marks those rooms digested for each person.
 * Returns how many people were emailed.
 */
export async function sendChatDigests(
  env: Pick<Env, "DB" | "EMAIL_QUEUE" | "PDF_QUEUE" | "APP_URL" | "APP_ENV">,
  log: Logger,
  now = Date.now(),
): Promise<number> {
  const db = createDb(env.DB);
  const ports = { queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE }, appUrl: jobAppUrl(env) };
  const rows = await unreadRoomsQuery(db, isoIn(-QUIET_MS, now), todayIn("UTC", now));
  const byUser = Map.groupBy(rows, (r) => r.userId);
  const stamp = nowIso(now);
  for (const [first, ...more] of byUser.values()) {
    if (!first) continue;
    await sendDigest(ports, [first, ...more]);
    await markDigested(db, [first, ...more], stamp);
  }
  if (byUser.size) log.info("chat digests queued", { people: byUser.size });
  return byUser.size;
}
