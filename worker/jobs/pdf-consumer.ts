import { z } from "zod";
import { documentPdfJob } from "../documents/contract";
import { statementPdfJob } from "../expenses/contract";
import { renderStatementJob } from "../expenses/statement-files";
import {
  markRenderFailed,
  renderAgreementJob,
  renderSignedAgreementJob,
  type AgreementDrawer,
  type DocumentChange,
} from "../documents/jobs";
import type { StatementDrawer } from "../expenses/statement-input";
import type { LetterDrawer } from "../leases/revision/letter-input";
import { rentRevisionLetterJob } from "../leases/revision/contract";
import { renderLetterJob } from "../leases/revision/letters";
import { createLogger } from "../lib/log";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { receiptPdfJob } from "../rent/contract";
import type { ReceiptDrawer } from "../rent/receipt-input";
import { renderReceiptJob } from "../rent/receipts";
import { retryDelaySeconds } from "./email-consumer";
import { jobPorts, batchJobId } from "./ports";

/**
 * PDF queue consumer. Guarantees: each valid job renders, stores its PDF in R2 and records it in D1, or is
 * retried with exponential backoff; after the queue's last retry the message lands in the dead-letter
 * queue, whose consumer marks the document `failed` (the UI offers a retry). Jobs are idempotent, so a
 * redelivered message changes nothing twice. Each change is announced to the apartment room.
 * Assumes: messages were built by the features that own them (validated again here: queues are a boundary).
 * The PDFs themselves are drawn by the render worker (workers/render, `RenderService` behind the RENDER
 * service binding: pdf-lib and fontkit never load in this Worker); it reads the fonts through `ports.fonts`.
 */

/** Every PDF the render worker draws, by feature (each feature declares the part it uses). */
export type PdfDrawers = AgreementDrawer & ReceiptDrawer & LetterDrawer & StatementDrawer;

/**
 * The render worker's RPC methods (RENDER), each replaceable (`overrides`: a test's failing renderer).
 */
function pdfDrawers(env: Env, overrides: Partial<PdfDrawers> = {}): PdfDrawers {
  const render: PdfDrawers = env.RENDER;
  return {
    agreement: overrides.agreement ?? ((input, fonts) => render.agreement(input, fonts)),
    signedAgreement: overrides.signedAgreement ?? ((input, fonts) => render.signedAgreement(input, fonts)),
    receipt: overrides.receipt ?? ((input, fonts) => render.receipt(input, fonts)),
    partialReceipt: overrides.partialReceipt ?? ((input, fonts) => render.partialReceipt(input, fonts)),
    revisionLetter: overrides.revisionLetter ?? ((input, fonts) => render.revisionLetter(input, fonts)),
    statement: overrides.statement ?? ((input, fonts) => render.statement(input, fonts)),
  };
}

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
function runPdfJob(ports: Ports, job: PdfJob, draw: PdfDrawers): Promise<DocumentChange> {
  switch (job.kind) {
    case "agreement":
      return renderAgreementJob(ports, job, draw);
    case "signed_agreement":
      return renderSignedAgreementJob(ports, job, draw);
    case "receipt":
      return renderReceiptJob(ports, job, draw);
    case "rent_revision_letter":
      return renderLetterJob(ports, job, draw);
    case "owner_statement":
      return renderStatementJob(ports, job, draw);
    default:
      return job satisfies never;
  }
}

/**
 * Runs each job of a PDF batch; invalid bodies are logged and dropped, failures retried with backoff.
 * `overrides` replaces some of the render worker's methods (tests).
 */
export async function consumePdfBatch(
  batch: MessageBatch<unknown>,
  env: Env,
  overrides: Partial<PdfDrawers> = {},
): Promise<void> {
  const draw = pdfDrawers(env, overrides);
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
      await announce(ports, await runPdfJob(ports, parsed.data, draw));
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
