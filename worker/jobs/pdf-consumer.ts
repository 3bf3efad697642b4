import { z } from "zod";
import { documentPdfJob } from "../documents/contract";
import { statementPdfJob } from "../expenses/contract";
import { renderStatementJob } from "../expenses/statement-files";
import {
  markRenderFailed,
  realRenderers,
  renderAgreementJob,
  renderSignedAgreementJob,
  type DocumentChange,
  type Renderers,
} from "../documents/jobs";
import { rentRevisionLetterJob } from "../leases/revision/contract";
import { renderLetterJob } from "../leases/revision/letters";
import { createLogger } from "../lib/log";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { receiptPdfJob } from "../rent/contract";
import { renderReceiptJob } from "../rent/receipts";
import { retryDelaySeconds } from "./email-consumer";
import { jobPorts, batchJobId } from "./ports";

/**
 * PDF queue consumer. Guarantees: each valid job renders, stores its PDF in R2 and records it in D1, or is
 * retried with exponential backoff; after the queue's last retry the message lands in the dead-letter
 * queue, whose consumer marks the document `failed` (the UI offers a retry). Jobs are idempotent, so a
 * redelivered message changes nothing twice. Each change is announced to the apartment room.
 * Assumes: messages were built by the features that own them (validated again here: queues are a boundary).
 */

/** The PDF queue's messages: every feature's PDF jobs (agreements, receipts, rent revision letters), by `kind`. */
const pdfJob = z.discriminatedUnion("kind", [
  ...documentPdfJob.options,
  receiptPdfJob,
  rentRevisionLetterJob,
  statementPdfJob,
]);
type PdfJob = z.infer<typeof pdfJob>;

async function announce(ports: Pick<Ports, "rooms">, change: DocumentChange) {
  if (change)
    await ports.rooms.documentChanged(change.apartmentId, {
      documentId: change.documentId,
      status: change.status,
      at: nowIso(),
    });
}

/** Runs one PDF job (agreement, signed agreement or rent receipt); answers what changed, for the room. */
function runPdfJob(ports: Ports, job: PdfJob, renderers: Renderers = realRenderers): Promise<DocumentChange> {
  switch (job.kind) {
    case "agreement":
      return renderAgreementJob(ports, job, renderers);
    case "signed_agreement":
      return renderSignedAgreementJob(ports, job, renderers);
    case "receipt":
      return renderReceiptJob(ports, job);
    case "rent_revision_letter":
      return renderLetterJob(ports, job);
    case "owner_statement":
      return renderStatementJob(ports, job);
    default:
      return job satisfies never;
  }
}

/** Runs each job of a PDF batch; invalid bodies are logged and dropped, failures retried with backoff. */
export async function consumePdfBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  renderers: Renderers = realRenderers,
): Promise<void> {
  const jobId = batchJobId(batch);
  const log = createLogger({ queue: batch.queue, requestId: jobId });
  const ports = jobPorts(env, log, jobId);
  for (const message of batch.messages) {
    const parsed = pdfJob.safeParse(message.body);
    if (!parsed.success) {
      log.error("pdf job rejected: invalid body", { messageId: message.id, issues: parsed.error.issues });
      message.ack();
      continue;
    }
    try {
      await announce(ports, await runPdfJob(ports, parsed.data, renderers));
      message.ack();
    } catch (error) {
      log.warn("pdf job failed, will retry", {
        messageId: message.id,
        attempts: message.attempts,
        job: parsed.data,
        error,
      });
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/** The dead-letter queue: jobs that failed every retry. Their documents show `failed`. */
export async function consumePdfDeadLetters(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const jobId = batchJobId(batch);
  const log = createLogger({ queue: batch.queue, requestId: jobId });
  const ports = jobPorts(env, log, jobId);
  for (const message of batch.messages) {
    const parsed = pdfJob.safeParse(message.body);
    if (parsed.success) {
      log.error("pdf job dead-lettered", { messageId: message.id, job: parsed.data });
      // A receipt, a revision letter or a statement has no record to mark: the next download asks for it again.
      if (
        parsed.data.kind !== "receipt" &&
        parsed.data.kind !== "rent_revision_letter" &&
        parsed.data.kind !== "owner_statement"
      )
        await announce(
          ports,
          await markRenderFailed(ports, parsed.data, "The PDF could not be generated after several attempts."),
        );
    }
    message.ack();
  }
}
