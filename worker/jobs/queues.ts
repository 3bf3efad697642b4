import { createLogger } from "../lib/log";
import { consumeEmailBatch } from "./email-consumer";

/** Queue dispatch by queue name (names differ per environment: rentline-email, rentline-staging-email, …). */
export async function runQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue.endsWith("-email")) return consumeEmailBatch(batch, env);
  // No consumer for this queue yet (the PDF renderer lands with rental agreements): keep the messages.
  createLogger({ queue: batch.queue }).error("no consumer for queue; messages retried", { count: batch.messages.length });
  batch.retryAll({ delaySeconds: 600 });
}
