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

/**
 * Whether `address` can never receive mail: the `.invalid` top-level domain is reserved for exactly that
 * (RFC 2606 §2). An erased account's address is one (worker/erasure: `erased-<id>@erased.invalid`), so the
 * reminders of a lease it still holds are dropped here instead of bouncing or retrying.
 */
const undeliverable = (address: string) => /\.invalid$/i.test(address.trim());

/**
 * Renders and sends each message of an email batch; invalid bodies are logged and dropped, mail to an
 * undeliverable address (`.invalid`) is dropped with a log line, failures retried.
 */
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
    if (undeliverable(parsed.data.to)) {
      log.info("email dropped: undeliverable address", { messageId: message.id, template: parsed.data.template });
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
