import { z } from "zod";
import { saneDate } from "../lib/date-input";
import { pageSchema } from "../lib/pagination";

/**
 * The audit trail's reading contract (issue 16 §2): `GET /orgs/current/audit` (owners) and `GET /admin/audit`
 * (platform admins), JSON pages or CSV. Times are ISO 8601 UTC instants; `from`/`to` take a date-time with
 * its offset (the UI sends the org's days in the org's time zone) or a bare date (that day in UTC).
 */

export { auditLabelKey } from "./vocabulary";

/** The most rows one CSV export holds (the newest first); narrow the dates for older ones. */
export const AUDIT_CSV_MAX_ROWS = 10_000;

const bound = z.union([saneDate(), z.iso.datetime({ offset: true, message: "must be a date or a date-time" })]);
const idText = z.string().trim().min(1).max(200);

/** The filters both routes share: who, what (an action or its start: `payment.` or `PATCH /api/apartments`), on what, when. */
const auditFilterFields = {
  actorUserId: idText.optional().meta({ description: "Only what this user did" }),
  action: idText
    .optional()
    .meta({ description: "An action, or the start of one (`payment.` matches `payment.confirmed`)" }),
  targetId: idText.optional().meta({ description: "Only entries about this object (its id)" }),
  from: bound.optional().meta({ description: "From this instant (inclusive); a bare date starts at 00:00 UTC" }),
  to: bound.optional().meta({ description: "Until this instant (exclusive); a bare date includes its whole UTC day" }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  format: z.enum(["json", "csv"]).default("json").meta({ description: "`csv`: every matching entry (up to 10 000)" }),
};

/** `GET /orgs/current/audit?actorUserId=&action=&targetId=&from=&to=&page=&limit=&format=`. */
export const orgAuditQuery = z.object(auditFilterFields).meta({ id: "OrgAuditQuery" });

/**
 * The admin trail's filters, read after the platform-admin check (so nobody else ever gets a 400). Paging
 * is read leniently like the console's other reads (`page=x` is page 1); a malformed filter is 400, since
 * ignoring it would show entries it was meant to leave out.
 */
export const adminAuditFilter = z.object({
  ...auditFilterFields,
  page: auditFilterFields.page.catch(1),
  limit: auditFilterFields.limit.catch(50),
  format: auditFilterFields.format.catch("json"),
  orgId: idText.optional(),
});
export type AuditFilter = z.infer<typeof adminAuditFilter>;

/**
 * `GET /admin/audit?…&orgId=`, as declared: plain strings, so the route answers 404 to anyone but a platform
 * admin before anything else; `adminAuditFilter` then reads them (400 on a bad value).
 */
export const adminAuditQuery = z
  .object(
    Object.fromEntries([...Object.keys(auditFilterFields), "orgId"].map((k) => [k, z.string().optional()])) as Record<
      keyof AuditFilter,
      z.ZodOptional<z.ZodString>
    >,
  )
  .meta({ id: "AdminAuditQuery" });

const actor = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .nullable()
  .meta({ description: "Who acted (null: the system, e.g. a scheduled job or a webhook)" });

/** One audit entry as an org's owner reads it (no client address: that is the admins'). */
const orgAuditEntry = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: "ISO 8601 UTC instant" }),
    action: z.string().meta({
      description: "A domain event (`payment.confirmed`) or a request that changed rows (`PATCH /api/apartments/:id`)",
    }),
    actor,
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable().meta({
      description: "What changed: money in minor units of the org's currency, roles, and the fields named",
    }),
  })
  .meta({ id: "OrgAuditEntry" });
export type OrgAuditEntry = z.infer<typeof orgAuditEntry>;

/** One audit entry as a platform admin reads it: with its org and the client's address. */
const adminAuditEntry = orgAuditEntry
  .extend({ orgId: z.string().nullable(), ip: z.string().nullable() })
  .meta({ id: "AdminAuditEntry" });

/** The org's trail page, with what its filters can choose from (people who acted, actions recorded). */
export const orgAuditPage = pageSchema(orgAuditEntry)
  .extend({
    actors: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
    actions: z.array(z.string()),
  })
  .meta({ id: "OrgAuditPage" });

export type OrgAuditPage = z.infer<typeof orgAuditPage>;

export const adminAuditPage = pageSchema(adminAuditEntry).meta({ id: "AdminAuditPage" });
export type AdminAuditPage = z.infer<typeof adminAuditPage>;
