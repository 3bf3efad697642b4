import { batchJobId } from "./ports";
import { createDb } from "../db/client";
import { emailMessage } from "../email/contract";
import { languageOfRecipient } from "../email/recipient";
import { renderEmail } from "../email/templates";
import { transportFor } from "../email/transport";
import { createLogger } from "../lib/log";

/**
 * Email queue consumer. Guarantees: each valid message is rendered and handed to the transport, or
 * retried with exponential backoff; after the last retry the queue moves it to the dead-letter queue.
 * Assumes: messages were built by `enqueueEmail` (validated again here, since queues are a boundary).
 * Each email is written in its recipient's language, looked up when sending (email/recipient.ts).
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/** Renders and sends each message of an email batch; invalid bodies are logged and dropped, failures retried. */
export async function consumeEmailBatch(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const log = createLogger({ queue: batch.queue, requestId: batchJobId(batch) });
  const db = createDb(env.DB);
  const transport = transportFor(env, db);
  for (const message of batch.messages) {
    const parsed = emailMessage.safeParse(message.body);
    if (!parsed.success) {
      log.error("email message rejected: invalid body", { messageId: message.id, issues: parsed.error.issues });
      message.ack();
      continue;
    }
    try {
      const locale = parsed.data.locale ?? (await languageOfRecipient(db, parsed.data.to, parsed.data.orgId));
      await transport.send(parsed.data.to, renderEmail(parsed.data, locale), parsed.data.template);
      message.ack();
    } catch (error) {
      log.warn("email send failed, will retry", { messageId: message.id, attempts: message.attempts, error });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}
