import { z } from "zod";
import { EXPORT_STATUSES } from "./schema";

/**
 * The privacy export's contract (issue 16 §3; GDPR art. 15 right of access, art. 20 portability): a person
 * asks for their data, a queue job builds a ZIP, the person downloads it through a signed link for 7 days.
 * Times are ISO-8601 UTC instants; `bytes` the ZIP's size in bytes.
 */

/** How long a ready export can be downloaded: 7 days from when it was built. */
export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** How often a person may ask: once a day (a failed export does not count). */
export const EXPORT_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** One export as its owner sees it. */
export const exportView = z
  .object({
    id: z.string(),
    status: z.enum(EXPORT_STATUSES),
    createdAt: z.string(),
    readyAt: z.string().nullable(),
    expiresAt: z.string().nullable().meta({ description: "readyAt + 7 days; the download link stops then (410)" }),
    bytes: z.number().int().nullable().meta({ description: "The ZIP's size in bytes, once ready" }),
    downloadUrl: z
      .string()
      .nullable()
      .meta({ description: "A signed `/files/…` link for the owner only, while ready and not expired; else null" }),
  })
  .meta({ id: "DataExport" });
export type ExportView = z.infer<typeof exportView>;

/** `GET /me/exports`: the person's exports, newest first (the last 20). */
export const exportList = z.object({ exports: z.array(exportView) });

/** The export queue's message: build this export of this user (validated again by the consumer). */
export const exportJob = z.object({ kind: z.literal("data_export"), exportId: z.string(), userId: z.string() });
export type ExportJob = z.infer<typeof exportJob>;
