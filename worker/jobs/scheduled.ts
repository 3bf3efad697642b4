import { and, isNotNull, lt, or } from "drizzle-orm";
import { authTokens, sessions } from "../auth/schema";
import type { Db } from "../db/client";
import { devMail } from "../email/schema";
import { createLogger } from "../lib/log";
import { isoIn } from "../lib/time";
import { escalateOverdue } from "../maintenance/escalation";
import { sendChatDigests } from "./chat-digest";
import { sendRentReminders } from "../rent/reminders";
import { jobPorts } from "./ports";
import { runRentCharges } from "./rent-charges";

/**
 * Cron dispatch. Every 15 minutes: overdue maintenance requests escalated (maintenance/escalation.ts; the
 * emergency rule is 1 hour, which an hourly run would miss by up to an hour). Hourly at :30: unread-chat
 * digests (chat-digest.ts). The daily run (06:00 UTC) charges
 * rent (rent-charges.ts), then sends rent reminders (rent/reminders.ts), and does retention clean-up:
 * expired one-time links, sessions ended more than 30 days ago (their refresh tokens cascade), dev mail
 * older than 7 days. Each run gets its ports (`jobPorts`); its job id is `cron:<schedule>:<scheduled time>`.
 */

/**
 * Retention clean-up at `now` (ms since the epoch): deletes used or expired one-time links, old sessions
 * and old dev mail; answers how many rows of each went. Idempotent: running it twice deletes nothing more.
 */
export async function cleanUpExpired(db: Db, now = Date.now()) {
  const monthAgo = isoIn(-30 * 24 * 3600 * 1000, now);
  const [tokens, oldSessions, mail] = await db.batch([
    db.delete(authTokens).where(or(lt(authTokens.expiresAt, isoIn(0, now)), isNotNull(authTokens.usedAt))),
    db
      .delete(sessions)
      .where(
        or(lt(sessions.expiresAt, monthAgo), and(isNotNull(sessions.revokedAt), lt(sessions.revokedAt, monthAgo))),
      ),
    db.delete(devMail).where(lt(devMail.createdAt, isoIn(-7 * 24 * 3600 * 1000, now))),
  ]);
  return { authTokens: tokens.meta.changes, sessions: oldSessions.meta.changes, devMail: mail.meta.changes };
}

/** The Worker's `scheduled` entry: dispatches a cron run by its schedule (see the header above). */
export async function runScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const requestId = `cron:${controller.cron}:${controller.scheduledTime}`;
  const log = createLogger({ cron: controller.cron });
  switch (controller.cron) {
    case "0 6 * * *": {
      const ports = jobPorts(env, log, requestId);
      await runRentCharges(ports, controller.scheduledTime);
      log.info("rent reminders", await sendRentReminders(ports, controller.scheduledTime));
      const removed = await cleanUpExpired(ports.db, controller.scheduledTime);
      log.info("retention clean-up", removed);
      return;
    }
    case "*/15 * * * *": {
      const ports = jobPorts(env, log, requestId);
      log.info("maintenance escalation", await escalateOverdue(ports, controller.scheduledTime));
      return;
    }
    case "30 * * * *":
      await sendChatDigests(env, log, controller.scheduledTime);
      return;
    default:
      log.error("no job for this schedule", {});
  }
}
