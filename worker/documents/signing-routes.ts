import { createRoute } from "@hono/zod-openapi";
import { requireVerifiedEmail } from "../auth/access";
import type { Context } from "hono";
import { requirePermission } from "../auth/policy";
import { createRouter, type AppEnv } from "../lib/context";
import { Invalid } from "../lib/errors";
import { detectFileType } from "../lib/file-types";
import { sha256Hex } from "../lib/ids";
import { idParam, json, jsonBody, problems as problemAnswers } from "../lib/openapi";
import { documentView, signInput, verification, verifyFileInput, verifyHashInput } from "./contract";
import { announce, loadDocument, problems, tags, viewContext } from "./http";
import { sendForSignature, sign, verifyHash } from "./signing";
import { toView } from "./view";

/** Sending agreements for signature, signing them, and the public verification of a signed PDF. */

const MAX_VERIFY_BYTES = 1024 * 1024;

export const signingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/send",
      operationId: "sendDocumentForSignature",
      summary: "Send an agreement for signature",
      tags,
      description:
        "Sends a generated, complete agreement for signature and emails each renter (`agreement.edit`). 409 `not_ready` unless its PDF is ready; 400 `incomplete` lists the missing fields. For a dwelling in France, 422 when the terms break loi n° 89-462: the first rule's code (`lease_too_short`, `student_lease_duration`, `mobility_duration`, `deposit_above_cap`, `mobility_deposit`, `flat_charges_unfurnished`, `mobility_flat_charges`, `mobility_reason_required`) and every broken rule in `errors` (its `code`, `params` and `templateFields.…` path).",
      request: { params: idParam },
      responses: { 200: json(documentView), ...problems(400, 401, 403, 404, 409), ...problemAnswers(422) },
    }),
    async (c) => {
      const on = await loadDocument(c, c.req.valid("param").id, "agreement.edit");
      await requireVerifiedEmail(c);
      const sent = await sendForSignature(c.get("ports"), on);
      announce(c, sent);
      return c.json(await toView(viewContext(c, on.actor, on.country), sent, on.signatures), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/sign",
      operationId: "signDocument",
      summary: "Sign an agreement",
      tags,
      description:
        "Signs: each renter once (`agreement.sign`), then an owner or manager countersigns (`agreement.countersign`; 403 for a role without it, whatever the agreement's state). Records the time, IP and user agent with the unsigned PDF's SHA-256.",
      request: { params: idParam, ...jsonBody(signInput) },
      responses: { 201: json(documentView, "Signed"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const on = await loadDocument(c, id);
      // The route's permission, before the agreement's state: renters sign, the landlord side countersigns.
      requirePermission(on.actor, on.actor.side === "renter" ? "agreement.sign" : "agreement.countersign");
      const where = {
        ip: c.req.header("cf-connecting-ip") ?? "unknown",
        userAgent: c.req.header("user-agent") ?? "unknown",
      };
      await sign(c.get("ports"), on, c.req.valid("json"), where);
      const after = await loadDocument(c, id);
      announce(c, after.doc);
      return c.json(await toView(viewContext(c, after.actor), after.doc, after.signatures), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/verify",
      operationId: "verifyDocument",
      summary: "Verify a signed agreement's PDF",
      tags,
      security: [],
      description:
        "Public. Checks a final PDF: upload it (multipart field `file`, at most 1 MB) or send its SHA-256 as JSON.",
      request: {
        body: {
          content: {
            "application/json": { schema: verifyHashInput },
            "multipart/form-data": { schema: verifyFileInput },
          },
        },
      },
      responses: { 200: json(verification), ...problems(400) },
    }),
    async (c) => {
      const multipart = c.req.header("content-type")?.startsWith("multipart/form-data");
      const body = multipart ? undefined : c.req.valid("json");
      const sha256 = multipart
        ? await hashOfUpload(c)
        : body && "sha256" in body
          ? body.sha256.toLowerCase()
          : undefined;
      if (!sha256)
        throw new Invalid('Send a PDF as multipart `file`, or JSON {"sha256": "…"}', [
          { path: "sha256", message: "required" },
        ]);
      return c.json(await verifyHash(c.get("ports"), sha256), 200);
    },
  );

/** The SHA-256 (lower-case hex) of an uploaded PDF; 400 when missing, over 1 MB or not a PDF. */
async function hashOfUpload(c: Context<AppEnv>): Promise<string> {
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File))
    throw new Invalid("Attach the PDF as the multipart field `file`", [{ path: "file", message: "required" }]);
  if (file.size > MAX_VERIFY_BYTES)
    throw new Invalid("The file is larger than 1 MB: paste its SHA-256 instead", [
      { path: "file", message: "too large" },
    ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (detectFileType(bytes)?.name !== "pdf")
    throw new Invalid("This file is not a PDF", [{ path: "file", message: "not a PDF" }], "not_a_pdf");
  return sha256Hex(bytes);
}
