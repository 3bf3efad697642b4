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
