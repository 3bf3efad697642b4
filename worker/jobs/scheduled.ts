import { createLogger } from "../lib/log";
import { escalateOverdue } from "../maintenance/escalation";
import { enqueueAuditArchiveDays } from "../privacy/audit-archive";
import { runRetention } from "../privacy/retention";
import { RETENTION_RULES } from "./retention-rules";
import { sendChatDigests } from "./chat-digest";
import { sendRentReminders } from "../rent/reminders";
import { jobPorts } from "./ports";
import { runRentCharges } from "./rent-charges";

/**
 * Cron dispatch. Every 15 minutes: overdue maintenance requests escalated (maintenance/escalation.ts; the
 * emergency rule is 1 hour, which an hourly run would miss by up to an hour). Hourly at :30: unread-chat
 * digests (chat-digest.ts). The daily run (06:00 UTC) charges rent (rent-charges.ts), then sends rent
 * reminders (rent/reminders.ts), enqueues the closed days of the audit log for the R2 archive
 * (privacy/audit-archive.ts), and runs every retention rule (privacy/retention.ts: the table the public
 * privacy page shows; a failing rule, or a failing archive step, is logged and the rest still runs). Each
 * run gets its ports (`jobPorts`); its job id is `cron:<schedule>:<scheduled time>`.
 */

/** The Worker's `scheduled` entry: dispatches a cron run by its schedule (see the header above). */
export async function runScheduled(controller: ScheduledController, env: Env): Promise<void> {
  const requestId = `cron:${controller.cron}:${controller.scheduledTime}`;
  const log = createLogger({ cron: controller.cron, requestId });
  switch (controller.cron) {
    case "0 6 * * *": {
      const ports = jobPorts(env, log, requestId);
      await runRentCharges(ports, controller.scheduledTime);
      log.info("rent reminders", await sendRentReminders(ports, controller.scheduledTime));
      try {
        const queue = env.AUDIT_QUEUE;
        log.info("audit archive", await enqueueAuditArchiveDays({ db: ports.db, queue }, controller.scheduledTime));
      } catch (error) {
        log.error("audit archive: enqueueing the closed days failed", { error });
      }
      await runRetention(ports, controller.scheduledTime, RETENTION_RULES);
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
