import { z } from "zod";
import { ROLES } from "../domain";
import { listingStatuses } from "../listings/schema";

/**
 * The platform-admin API's shapes (import `z` from "zod" here, never from @hono/zod-openapi). Every admin
 * action takes a `reason` (kept in the audit log); a missing or blank one is 422 `reason_required`
 * (./router.ts).
 */

/** The reason every admin action carries: 3–500 characters once trimmed. */
const adminReason = z.string().trim().min(3).max(500);

export const adminActionInput = z
  .object({ reason: adminReason.meta({ description: "Why: kept in the audit log (3–500 characters)" }) })
  .meta({ id: "AdminActionInput" });

/** Disabling an org: the reason is also shown to its members. */
export const disableOrgInput = z
  .object({ reason: adminReason.meta({ description: "Shown to the org's members; kept in the audit log" }) })
  .meta({ id: "DisableOrgInput" });

/** Banning an account: the reason is also shown to the person when they try to sign in. */
export const banUserInput = z
  .object({ reason: adminReason.meta({ description: "Shown to the person at sign-in; kept in the audit log" }) })
  .meta({ id: "BanUserInput" });

/** Taking a listing down: the reason is emailed to the landlord and shown in their listings. */
export const takedownInput = z
  .object({ reason: adminReason.meta({ description: "Emailed to the landlord and shown in their listings" }) })
  .meta({ id: "TakedownInput" });

/** An org's moderation state after a change. */
export const orgState = z.object({ id: z.string(), isDisabled: z.boolean() }).meta({ id: "OrgState" });

/** An account's moderation state after a change. */
export const userState = z.object({ id: z.string(), status: z.enum(["active", "banned"]) }).meta({ id: "UserState" });

/** A listing's moderation state after a takedown or a restore (`status` is then the status put back). */
export const listingState = z
  .object({ id: z.string(), status: z.enum(listingStatuses) })
  .meta({ id: "AdminListingState" });

/**
 * `?q=&page=&limit=` of the admin searches, as declared: plain strings on purpose, so the route never answers
 * 400 before the platform-admin check (everyone else gets 404). `readAdminSearch` reads them.
 */
export const adminSearchQuery = z
  .object({
    q: z.string().optional().meta({ description: "Words or a part of what is searched (at most 200 characters)" }),
    page: z.string().optional().meta({ description: "1-based page (default 1)" }),
    limit: z.string().optional().meta({ description: "Page size, 1–100 (default 20)" }),
  })
  .meta({ id: "AdminSearchQuery" });

const searchRead = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  limit: z.coerce.number().int().min(1).max(100).default(20).catch(20),
});

/** The admin search's query read leniently: anything unreadable falls back to its default. */
export function readAdminSearch(raw: z.infer<typeof adminSearchQuery>) {
  return searchRead.parse(raw);
}
export type AdminSearchQuery = ReturnType<typeof readAdminSearch>;

const page = <T extends z.ZodType>(item: T) =>
  z.object({ results: z.array(item), total: z.number().int(), page: z.number().int(), limit: z.number().int() });

/** An account as platform admins see it: memberships, leases and applications, and its ban. */
const adminUserView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    accountType: z.enum(["landlord", "renter"]),
    isPlatformAdmin: z.boolean(),
    status: z.enum(["active", "banned"]),
    banReason: z.string().nullable(),
    bannedAt: z.string().nullable().meta({ description: "ISO 8601 instant (UTC)" }),
    createdAt: z.string(),
    memberships: z.array(z.object({ orgId: z.string(), orgName: z.string(), role: z.enum(ROLES) })),
    leasesCount: z.number().int().meta({ description: "Leases the person is a renter on" }),
    applicationsCount: z.number().int(),
  })
  .meta({ id: "AdminUser" });
export type AdminUserView = z.infer<typeof adminUserView>;
export const adminUserPage = page(adminUserView).meta({ id: "AdminUserPage" });

/** A listing as platform admins see it, with its org and, when taken down, why. */
const adminListingView = z
  .object({
    id: z.string(),
    title: z.string(),
    city: z.string(),
    status: z.enum(listingStatuses),
    orgId: z.string(),
    orgName: z.string(),
    updatedAt: z.string(),
    takedownReason: z.string().nullable(),
    takenDownAt: z.string().nullable(),
  })
  .meta({ id: "AdminListing" });
export type AdminListingView = z.infer<typeof adminListingView>;
export const adminListingPage = page(adminListingView).meta({ id: "AdminListingPage" });

/** An org as platform admins see it. */
const adminOrgView = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    isDisabled: z.boolean(),
    disabledReason: z.string().nullable(),
    membersCount: z.number().int(),
    listingsCount: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: "AdminOrg" });
export type AdminOrgView = z.infer<typeof adminOrgView>;
export const adminOrgPage = page(adminOrgView).meta({ id: "AdminOrgPage" });
