import { enqueueEmail } from "../email/contract";
import { buildExport, type ChatReader } from "../exports/build";
import { exportJob } from "../exports/contract";
import { exportDownloadUrl, markExportBuilding, markExportFailed, markExportReady } from "../exports/service";
import { createLogger } from "../lib/log";
import { roomChatHistory } from "../rooms/publish";
import { retryDelaySeconds } from "./email-consumer";
import { jobPorts, batchJobId } from "./ports";

/**
 * Export queue consumer (issue 16 §3; GDPR art. 15 and 20). Guarantees: each valid job builds the person's
 * ZIP into R2, marks the export `ready` for 7 days and emails them the signed link in their language, or is
 * retried with exponential backoff; after the last retry the dead-letter consumer marks it `failed` (the
 * person may ask again at once). A redelivered job of an export already ready or failed does nothing; one
 * still `building` (a try that died) builds again over the same key.
 * Assumes: messages were sent by worker/exports/service.ts `requestExport` (validated again here).
 */

/** Every chat message `userId` wrote in `room`, through the room's history RPC (200 a page, no D1). */
function chatReader(env: Env): ChatReader {
  return async (room, userId) => {
    const mine = [];
    let before: number | null = null;
    for (;;) {
      const page = await roomChatHistory(env.APARTMENT_ROOM, room, before, 200);
      mine.push(...page.messages.filter((m) => m.userId === userId));
      if (page.messages.length < 200) return mine;
      before = page.messages[page.messages.length - 1]!.seq;
    }
  };
}

/** Builds each export of the batch; invalid bodies are logged and dropped, failures retried with backoff. */
export async function consumeExportBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const jobId = batchJobId(batch);
  const log = createLogger({ queue: batch.queue, requestId: jobId });
  const ports = jobPorts(env, log, jobId);
  for (const message of batch.messages) {
    const parsed = exportJob.safeParse(message.body);
    if (!parsed.success) {
      log.error("export job rejected: invalid body", { messageId: message.id, issues: parsed.error.issues });
      message.ack();
      continue;
    }
    const job = parsed.data;
    try {
      if (await markExportBuilding(ports.db, job.exportId)) {
        const built = await buildExport(ports, job, chatReader(env));
        const ready = await markExportReady(ports.db, job.exportId, built);
        const link = ready && (await exportDownloadUrl(env.FILES_SIGNING_KEY, ready));
        if (link)
          await enqueueEmail(ports.queues.email, {
            template: "data_export_ready",
            to: built.email,
            orgId: null,
            data: { link: `${ports.appUrl}${link}`, expiresAt: ready.expiresAt! },
          });
        log.info("export ready", { exportId: job.exportId, bytes: built.bytes });
      }
      message.ack();
    } catch (error) {
      log.warn("export job failed, will retry", { messageId: message.id, attempts: message.attempts, job, error });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** The dead-letter queue: exports that failed every retry are marked `failed`. */
export async function consumeExportDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const jobId = batchJobId(batch);
  const log = createLogger({ queue: batch.queue, requestId: jobId });
  const ports = jobPorts(env, log, jobId);
  for (const message of batch.messages) {
    const parsed = exportJob.safeParse(message.body);
    if (parsed.success) {
      log.error("export job dead-lettered", { messageId: message.id, job: parsed.data });
      await markExportFailed(ports.db, parsed.data.exportId, "The export could not be built after several attempts.");
    }
    message.ack();
  }
}
