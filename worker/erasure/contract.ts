import { z } from "zod";

/**
 * Erasure (issue 16 §3, GDPR art. 17): a person erases their account (`POST /api/me/erasure`), an owner closes
 * their org (`POST /api/orgs/current/close`). Both ask the person to confirm it is them first
 * (worker/auth/reauth.ts): the password, or for a Google-only account a sign-in less than 5 minutes old.
 */

export { ERASED_USER_NAME } from "./vocabulary";

/** The confirmation both acts ask for. */
export const confirmInput = z
  .object({
    password: z.string().max(1024).optional().meta({
      description:
        "The account's password. Accounts that sign in with Google only have none: leave it out and sign in with Google less than 5 minutes before",
    }),
  })
  .meta({ id: "ConfirmIdentity" });

/** What an erasure answers. */
export const erasureOutput = z
  .object({
    erasedAt: z.iso.datetime().meta({ description: "When the account was erased (UTC)" }),
    closedOrgIds: z
      .array(z.string())
      .meta({ description: "Orgs the person was the only member of, closed with the account (nothing else in them)" }),
  })
  .meta({ id: "AccountErased" });

/** What closing an org answers. */
export const orgClosedOutput = z
  .object({
    id: z.string(),
    closedAt: z.iso.datetime().meta({ description: "When the org closed (UTC)" }),
    purgeAfter: z.iso.datetime().meta({
      description: "Until when its data is kept (the retention period: 6 years, 10 for a company), then deleted",
    }),
  })
  .meta({ id: "OrgClosed" });
