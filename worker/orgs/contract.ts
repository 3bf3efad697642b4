import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { typedText } from "../lib/text";
import { orgSummary, permission } from "../auth/contract";
import { users } from "../auth/schema";
import { ROLES } from "../domain";
import { invitations, memberships, orgs } from "./schema";

/**
 * The orgs API's shapes: creating an org, the current org with its team, staff invitations. Shared by routes,
 * services and the UI's forms (import `z` from "zod" here, never from @hono/zod-openapi).
 */

// ---------------------------------------------------------------- inputs

export const orgInput = z.object({ name: typedText(120).min(1) }).meta({ id: "OrgInput" });
export type OrgInput = z.infer<typeof orgInput>;

/** Who to invite to the org, and with which role. */
export const staffInvitationInput = z
  .object({ email: z.email().trim().toLowerCase().max(254), role: z.enum(ROLES) })
  .meta({ id: "StaffInvitationInput" });
export type StaffInvitationInput = z.infer<typeof staffInvitationInput>;

/** The token of an emailed invitation (staff or lease). */
export const acceptInvitationInput = z.object({
  token: z.string().min(10).max(200).meta({ description: "The token from the emailed invitation link" }),
});

// ---------------------------------------------------------------- outputs

export const createdOrg = z.object({
  org: orgSummary,
  accessToken: z.string().meta({ description: "A fresh access token that lists the new org" }),
});

/** The org's settings: name, slug, currency (ISO 4217), locale and IANA time zone. */
const orgSettings = /* @__PURE__ */ createSelectSchema(orgs)
  .pick({ id: true, name: true, slug: true, currency: true, locale: true, timezone: true })
  .meta({ id: "OrgSettings" });

/** A member of the org, with their role and when they joined. */
const member = /* @__PURE__ */ createSelectSchema(users)
  .pick({ name: true, email: true })
  .extend({
    userId: z.string(),
    role: createSelectSchema(memberships).shape.role,
    since: z.string().meta({ description: "When they joined (ISO 8601 UTC)" }),
  })
  .meta({ id: "Member" });

/** A staff invitation not yet accepted. */
const pendingInvitation = /* @__PURE__ */ createSelectSchema(invitations)
  .pick({ id: true, email: true, role: true, createdAt: true, expiresAt: true })
  .meta({ id: "StaffInvitation" });

/** `/orgs/current`: the org, the viewer's role and permissions, the team and pending invitations. */
export const currentOrg = z.object({
  org: orgSettings,
  role: z.enum(ROLES),
  permissions: z
    .array(permission)
    .meta({ description: "What the viewer may do in this org: the UI shows actions from this, never from roles" }),
  members: z.array(member),
  invitations: z.array(pendingInvitation).meta({ description: "Pending invitations (empty unless team.manage)" }),
});

/** The invitation just emailed. */
export const sentInvitation = pendingInvitation.omit({ createdAt: true });

/** What accepting gave: a membership (staff) or a home (lease), and the access token to use now. */
export const acceptedInvitation = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("staff"),
    orgId: z.string(),
    orgName: z.string(),
    role: z.enum(ROLES),
    accessToken: z.string(),
  }),
  z.object({
    kind: z.literal("lease"),
    apartmentId: z.string(),
    leaseId: z.string(),
    accessToken: z.string(),
  }),
]);
