import { z } from "zod";

/** The platform-admin API's shapes (import `z` from "zod" here, never from @hono/zod-openapi). */

export const disableOrgInput = z
  .object({ reason: z.string().trim().min(3).max(500).meta({ description: "Shown to the org's members" }) })
  .meta({ id: "DisableOrgInput" });

/** An org's moderation state after a change. */
export const orgState = z.object({ id: z.string(), isDisabled: z.boolean() }).meta({ id: "OrgState" });

export const banUserInput = z
  .object({ reason: z.string().trim().min(3).max(500).meta({ description: "Kept in the audit log" }) })
  .meta({ id: "BanUserInput" });

/** An account's moderation state after a change. */
export const userState = z.object({ id: z.string(), isBanned: z.boolean() }).meta({ id: "UserState" });

/** Finding an account by its email address (case-insensitive); without one, nothing is searched. */
export const userSearchQuery = z
  .object({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)).optional() })
  .meta({ id: "UserSearchQuery" });

/** One ban or unban of an account, from the audit log: when, by which platform admin, and why (bans). */
const moderationEntry = z.object({
  action: z.enum(["ban", "unban"]),
  at: z.string().meta({ description: "ISO 8601 instant (UTC)" }),
  byName: z.string().nullable(),
  reason: z.string().nullable(),
});

/** An account as platform admins see it to moderate it, with its ban history (newest first, at most 20). */
const adminUserView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isBanned: z.boolean(),
    isPlatformAdmin: z.boolean(),
    moderation: z.array(moderationEntry),
  })
  .meta({ id: "AdminUser" });
export type AdminUserView = z.infer<typeof adminUserView>;

/** The accounts found: the one with the address searched for, or none. */
export const adminUserSearch = z.object({ results: z.array(adminUserView) }).meta({ id: "AdminUserSearch" });
