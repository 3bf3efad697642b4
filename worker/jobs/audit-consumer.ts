import { batchJobId } from "./ports";
import { createDb } from "../db/client";
import { createLogger } from "../lib/log";
import { archiveAuditDay } from "../privacy/audit-archive";
import { auditArchiveJob } from "../privacy/contract";
import { retryDelaySeconds } from "./email-consumer";

/**
 * Audit queue consumer (worker/privacy/audit-archive.ts). Guarantees: each valid message leaves its (org,
 * closed day) in the R2 archive and recorded in D1, or is retried with backoff; after the last retry it waits
 * in the dead-letter queue and the next daily run enqueues the day again. Redelivery writes nothing twice
 * and never overwrites an object. Assumes: messages come from `enqueueAuditArchiveDays` (validated again:
 * queues are a boundary); an invalid one is logged and dropped.
 */
export async function consumeAuditBatch(batch: MessageBatch<unknown>, env: Env, now = Date.now()): Promise<void> {
  const log = createLogger({ queue: batch.queue, requestId: batchJobId(batch) });
  const db = createDb(env.DB);
  for (const message of batch.messages) {
    const parsed = auditArchiveJob.safeParse(message.body);
    if (!parsed.success) {
      log.error("audit message rejected: invalid body", { messageId: message.id, issues: parsed.error.issues });
      message.ack();
      continue;
    }
    try {
      const outcome = await archiveAuditDay({ db, docs: env.DOCS, log }, parsed.data, now);
      log.info("audit day archived", { ...parsed.data, outcome });
      message.ack();
    } catch (error) {
      log.warn("audit archive failed, will retry", { messageId: message.id, attempts: message.attempts, error });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
