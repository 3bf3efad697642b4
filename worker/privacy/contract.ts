import { z } from "zod";

export * from "./vocabulary";

/** The audit queue's message: archive the audit entries of one org (or "platform") for one closed UTC day. */
export const auditArchiveJob = z.object({
  kind: z.literal("audit_archive_day"),
  /** The org's id, or "platform" for entries that belong to no org. */
  orgKey: z.string().min(1).max(64),
  /** The UTC day, `YYYY-MM-DD`. */
  day: z.iso.date(),
});
export type AuditArchiveJob = z.infer<typeof auditArchiveJob>;
