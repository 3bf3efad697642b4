import { z } from "zod";

/** Interim copy of worker/dossier's inputs (see README.md). */
export const guarantorInput = z.object({
  name: z.string().trim().min(2).max(120),
  email: z.email().trim().toLowerCase().max(254).nullish(),
  relationship: z.string().trim().min(2).max(80),
});
