import { z } from "zod";
import { partyFields } from "../../../worker/documents/fields";
import { templateNames } from "../../../worker/documents/templates";

/** Interim copy of worker/documents' inputs (see README.md). */
export { agreementFields } from "../../../worker/documents/fields";

export const createDocumentInput = z.object({
  templateName: z.enum(templateNames),
  templateFields: z.record(z.string(), z.unknown()).optional(),
});

export const ownRenterDetails = partyFields.omit({ email: true }).extend({ name: z.string().trim().min(1).max(200) });

export const signInput = z.object({
  signedName: z.string().trim().min(2, "type your full name").max(200),
  signatureImage: z.string().startsWith("data:image/png;base64,", "must be a PNG data URL"),
  consent: z.literal(true, "you must agree to sign electronically"),
});
