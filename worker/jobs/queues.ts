import { consumeAuditBatch } from "./audit-consumer";
import { consumeEmailBatch } from "./email-consumer";
import { consumeExportBatch, consumeExportDeadLetters } from "./export-consumer";
import { consumePdfBatch, consumePdfDeadLetters } from "./pdf-consumer";

/** Queue dispatch by queue name (names differ per environment: rentline-email, rentline-staging-pdf, rentline-export, …). */
export async function runQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue.endsWith("-email")) return consumeEmailBatch(batch, env);
  if (batch.queue.endsWith("-pdf")) return consumePdfBatch(batch, env);
  if (batch.queue.endsWith("-pdf-dlq")) return consumePdfDeadLetters(batch, env);
  if (batch.queue.endsWith("-audit")) return consumeAuditBatch(batch, env);
  if (batch.queue.endsWith("-export")) return consumeExportBatch(batch, env);
  if (batch.queue.endsWith("-export-dlq")) return consumeExportDeadLetters(batch, env);
  // A queue without a consumer here is a deploy mistake: keep its messages rather than drop them.
  batch.retryAll({ delaySeconds: 600 });
}
