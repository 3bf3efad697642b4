import { createDb } from "../db/client";
import {
  markRenderFailed,
  pdfJob,
  realRenderers,
  renderAgreementJob,
  renderSignedAgreementJob,
  type DocumentChange,
  type JobEnv,
  type PdfJob,
  type Renderers,
} from "../documents/jobs";
import { createLogger, type Logger } from "../lib/log";
import { nowIso } from "../lib/time";
import { renderReceiptJob } from "../rent/receipts";
import { publishDocumentToRoom } from "../rooms/publish";
import { retryDelaySeconds } from "./email-consumer";

/**
 * PDF queue consumer. Guarantees: each valid job renders, stores its PDF in R2 and records it in D1, or is
 * retried with exponential backoff; after the queue's last retry the message lands in the dead-letter
 * queue, whose consumer marks the document `failed` (the UI offers a retry). Jobs are idempotent, so a
 * redelivered message changes nothing twice. Each change is announced to the apartment room.
 * Assumes: messages were built by the documents service (validated again here: queues are a boundary).
 */
function jobEnv(env: Env): JobEnv {
  return {
    db: createDb(env.DB),
    docs: env.DOCS,
    queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE },
    appUrl: env.APP_URL,
  };
}

async function announce(env: Env, change: DocumentChange, log: Logger) {
  if (change)
    await publishDocumentToRoom(
      env,
      change.apartmentId,
      { documentId: change.documentId, status: change.status, at: nowIso() },
      log,
    );
}

export function runPdfJob(env: JobEnv, job: PdfJob, renderers: Renderers = realRenderers): Promise<DocumentChange> {
  switch (job.kind) {
    case "agreement":
      return renderAgreementJob(env, job, renderers);
    case "signed_agreement":
      return renderSignedAgreementJob(env, job, renderers);
    case "receipt":
      return renderReceiptJob(env, job);
    default:
      return job satisfies never;
  }
}

export async function consumePdfBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  renderers: Renderers = realRenderers,
): Promise<void> {
  const log = createLogger({ queue: batch.queue });
  const deps = jobEnv(env);
  for (const message of batch.messages) {
    const parsed = pdfJob.safeParse(message.body);
    if (!parsed.success) {
      log.error("pdf job rejected: invalid body", { messageId: message.id, issues: parsed.error.issues });
      message.ack();
      continue;
    }
    try {
      await announce(env, await runPdfJob(deps, parsed.data, renderers), log);
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
  const log = createLogger({ queue: batch.queue });
  const deps = jobEnv(env);
  for (const message of batch.messages) {
    const parsed = pdfJob.safeParse(message.body);
    if (parsed.success) {
      log.error("pdf job dead-lettered", { messageId: message.id, job: parsed.data });
      await announce(
        env,
        await markRenderFailed(deps, parsed.data, "The PDF could not be generated after several attempts."),
        log,
      );
    }
    message.ack();
  }
}
