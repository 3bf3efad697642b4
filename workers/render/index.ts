import { WorkerEntrypoint } from "cloudflare:workers";
import { renderAgreementPdf, renderSignedPdf } from "../../worker/documents/render";
import { renderStatementPdf } from "../../worker/expenses/statement-pdf";
import { renderLetterPdf } from "../../worker/leases/revision/letter";
import { encodeImage } from "../../worker/lib/image-codec";
import type { ImageCodec, ImageOptions } from "../../worker/lib/images";
import type { DetectedFileType } from "../../worker/lib/file-types";
import type { FontSource } from "../../worker/lib/pdf/coverage";
import { drawnPdf } from "../../worker/lib/pdf/text";
import type { PdfDrawers } from "../../worker/jobs/pdf-consumer";
import { renderPartialReceiptPdf } from "../../worker/rent/partial-receipt";
import { renderReceiptPdf } from "../../worker/rent/receipt";

/**
 * rentline-render (issue 17 §1): the Worker that draws every PDF (pdf-lib, fontkit; the layouts stay in their
 * features' folders) and re-encodes every uploaded image (photon, wasm), so that the Worker serving pages and
 * the API carries neither and starts fast. It has no route and no binding of its own: the serving Worker calls
 * it through its RENDER service binding (typed RPC, `RenderService`), from the PDF queue's consumer
 * (worker/jobs/pdf-consumer.ts) and from requests that must wait for an image (worker/lib/images.ts).
 *
 * Everything crosses as plain data (structured clone): inputs, PDF and image bytes, and answers that say what
 * went wrong instead of throwing (an error's class does not survive the trip, only its message). `fonts` is
 * the caller's font reader (its static assets, public/fonts), passed as an RPC stub: this Worker calls back for
 * the manifest and the font files it needs, and keeps them per isolate (worker/lib/pdf/fonts.ts), so a warm
 * isolate reads each file once.
 */
export class RenderService extends WorkerEntrypoint<Record<string, never>> implements PdfDrawers, ImageCodec {
  /** The unsigned agreement (worker/documents/render.ts). */
  agreement(input: Parameters<PdfDrawers["agreement"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderAgreementPdf({ ...input, fonts }));
  }

  /** The signed agreement: the unsigned bytes, then the signatures page and the certificate. */
  signedAgreement(input: Parameters<PdfDrawers["signedAgreement"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderSignedPdf({ ...input, fonts }));
  }

  /** A rent receipt (quittance) of a fully paid period (worker/rent/receipt.ts). */
  receipt(input: Parameters<PdfDrawers["receipt"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderReceiptPdf(input, fonts));
  }

  /** The receipt of a partial payment (worker/rent/partial-receipt.ts). */
  partialReceipt(input: Parameters<PdfDrawers["partialReceipt"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderPartialReceiptPdf(input, fonts));
  }

  /** The rent revision letter (worker/leases/revision/letter.ts). */
  revisionLetter(input: Parameters<PdfDrawers["revisionLetter"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderLetterPdf(input, fonts));
  }

  /** The owner statement (worker/expenses/statement-pdf.ts). */
  statement(input: Parameters<PdfDrawers["statement"]>[0], fonts: FontSource) {
    return drawnPdf(() => renderStatementPdf(input, fonts));
  }

  /** An uploaded image or drawn signature, decoded and re-encoded (worker/lib/image-codec.ts). */
  image(bytes: Uint8Array, type: DetectedFileType, options: ImageOptions) {
    return encodeImage(bytes, type, options);
  }
}

/** No HTTP interface: the Worker has no route; a stray request (a misconfigured binding) learns why. */
export default {
  fetch: () => new Response("rentline-render answers RPC only (RenderService).", { status: 404 }),
} satisfies ExportedHandler;
