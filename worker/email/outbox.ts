import type { EmailMessage } from "./contract";

/** Emails leave through the email queue so a slow or failing provider never blocks a request. */
export async function enqueueEmail(queue: Queue, message: EmailMessage): Promise<void> {
  await queue.send(message, { contentType: "json" });
}
