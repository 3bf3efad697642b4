import { LOCALES } from "../lib/i18n/locales";
import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { typedText } from "../lib/text";
import { ROLES } from "../domain";
import { orgs } from "../orgs/schema";
import { PASSWORD_MIN_LENGTH } from "./passwords";
import { PERMISSIONS } from "./policy";
import { sessions, users } from "./schema";

/**
 * The auth API's shapes: what sign-up, sign-in, sessions and `/me` take and answer. Routes, services and the
 * UI's forms share them (import `z` from "zod" here, never from @hono/zod-openapi: the UI bundles this file).
 */

const email = z.email().trim().toLowerCase().max(254);
const password = z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200);
const oneTimeToken = z.string().min(10).max(200).meta({ description: "The token from the emailed link" });
/** Who an account is for: a landlord (who gets an org) or a renter. */
export const accountType = z.enum(users.accountType.enumValues);

// ---------------------------------------------------------------- inputs

export const signupInput = z
  .object({
    email,
    password,
    name: typedText(100).min(1),
    accountType,
    orgName: typedText(120)
      .min(1)
      .optional()
      .meta({ description: "The landlord's organization; required when `accountType` is landlord" }),
    locale: z
      .enum(LOCALES)
      .optional()
      .meta({ description: "The language the visitor signed up in: the account's emails and pages use it" }),
  })
  .meta({ id: "SignupInput" });
export type SignupInput = z.infer<typeof signupInput>;

/** Email and password; any non-empty password is checked (no length hint for attackers). */
export const loginInput = z.object({ email, password: z.string().min(1).max(200) }).meta({ id: "LoginInput" });

/** The refresh token to rotate (API clients); browsers send none and use the cookie. */
export const refreshInput = z.object({
  refreshToken: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Omit to use the session cookie (browsers)" }),
});

/** The token of an emailed verification link. */
export const verifyEmailInput = z.object({ token: oneTimeToken });
/** The address to email a reset link to. */
export const passwordResetInput = z.object({ email });
/** The token of an emailed reset link and the new password. */
export const passwordResetConfirmInput = z.object({ token: oneTimeToken, password });

/**
 * Google sign-in: which account type to create if the identity is new (default renter), and where to return
 * afterwards (a path on this site; anything else is ignored, see worker/lib/safe-return.ts).
 */
export const googleStartQuery = z.object({
  intent: accountType.default("renter"),
  next: z.string().max(2048).optional().meta({ description: "A path on this site to return to after signing in" }),
});
/** What Google sends back to the callback. */
export const googleCallbackQuery = z.object({ code: z.string().min(1).max(2000), state: z.string().min(1).max(200) });

// ---------------------------------------------------------------- outputs

/** The public view of an account (never its password hash, Google subject or ban time). */
const publicUser = /* @__PURE__ */ createSelectSchema(users)
  .pick({ id: true, email: true, name: true, accountType: true, isPlatformAdmin: true })
  .extend({
    emailVerified: z.boolean(),
    hasPassword: z.boolean().meta({
      description:
        "Whether the account has a password (false: Google sign-in only); re-authenticating before an erasure depends on it",
    }),
    locale: z
      .enum(LOCALES)
      .nullable()
      .meta({ description: "The language the user chose (emails and pages use it); null: their org's, else French" }),
  })
  .meta({ id: "User" });
export type PublicUser = z.infer<typeof publicUser>;

/**
 * An org as sign-up and org creation answer it. Declared here, beside sign-up, because auth may not depend
 * on orgs' contract (orgs depends on auth); orgs/contract.ts re-uses it.
 */
export const orgSummary = /* @__PURE__ */ createSelectSchema(orgs).pick({ id: true, name: true, slug: true }).meta({
  id: "Org",
});

/** A session's tokens, as the API answers them to API clients. */
export const issuedTokens = z.object({
  accessToken: z.string().meta({ description: "A JWT for `Authorization: Bearer`, valid 15 minutes" }),
  refreshToken: z.string().meta({ description: "Opaque, single use: rotate it with POST /auth/refresh" }),
  expiresIn: z.number().int().meta({ description: "Seconds until the access token expires" }),
});

/** Sign-up's answer, the same whether or not the address had an account: go and read your email. */
export const signupOutput = z
  .object({
    email: z.string().meta({ description: "The address the email went to" }),
    status: z.literal("check_email"),
  })
  .meta({ id: "SignupAccepted" });
/** Sign-in's answer: the account and the session's tokens. */
export const loginOutput = issuedTokens.extend({ user: publicUser });

/** One open session (a signed-in device) as its owner sees it. */
export const sessionView = /* @__PURE__ */ createSelectSchema(sessions)
  .pick({ id: true, userAgent: true, ip: true, createdAt: true, lastUsedAt: true })
  .extend({ current: z.boolean().meta({ description: "The session this request was made with" }) })
  .meta({ id: "Session" });
/** The caller's open sessions. */
export const sessionList = z.object({ results: z.array(sessionView) });
/** How many sessions were ended. */
export const revokedCount = z.object({ revoked: z.number().int() });

/** One permission of the policy catalogue (auth/policy.ts). */
export const permission = z.enum(PERMISSIONS).meta({ id: "Permission" });

/**
 * One of the user's memberships: the org, the role, whether the org is disabled (and why), and the org's
 * currency (what new apartments are priced in: forms show it, they never guess one) and country (new
 * properties' default).
 */
const membershipView = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    role: z.enum(ROLES),
    isDisabled: z.boolean(),
    disabledReason: z.string().nullable(),
    currency: z.string().meta({ description: "The org's currency (ISO 4217)" }),
    country: z.string().meta({ description: "The org's country (ISO 3166-1 alpha-2): new properties' default" }),
    timezone: z.string().meta({
      description: "The org's time zone (IANA): a property's unless it has its own (issue 13 §4)",
    }),
  })
  .meta({ id: "Membership" });

/** `/me`: the signed-in user, their memberships and their permissions in each org. */
export const meOutput = z.object({
  user: publicUser,
  memberships: z.array(membershipView),
  permissionsByOrg: z.record(z.string(), z.array(permission)).meta({
    description:
      "What the viewer may do in each of their orgs (by org id): the UI shows actions from this, never from roles",
  }),
  renting: z
    .object({
      homes: z.number().int().meta({ description: "Homes the viewer rents or rented (accepted lease invitations)" }),
      applications: z.number().int().meta({ description: "Applications the viewer has sent, in any status" }),
    })
    .meta({ description: "The viewer's renter side, counted: with memberships it tells which sides they have" }),
});

/** Which sign-in providers are configured. */
export const providersOutput = z.object({ google: z.boolean() });

/** The language a user reads Rentline in (PUT /me/locale). */
export const localeInput = z
  .object({ locale: z.enum(LOCALES).meta({ description: "`fr`, `en`, `uk` or `he`" }) })
  .meta({ id: "LocaleInput" });
