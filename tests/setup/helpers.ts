import { env } from "cloudflare:workers";
import type { MobilityReason } from "../../worker/lib/mobility-reasons";
import { expect } from "vitest";
import { todayIn } from "../../worker/lib/calendar";
import { NEW_ORG_DEFAULTS } from "../../worker/orgs/service";
import { api, BASE, freshIp, type Caller } from "./client";

export { BASE, freshIp, type Caller };

export const uniqueEmail = (label = "user") => `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;
export const PASSWORD = "correct horse battery";

export type Landlord = { token: string; refreshToken: string; userId: string; orgId: string; email: string };

/**
 * Marks the account's address verified, as following the emailed link does (POST /auth/verify-email, tested
 * in auth-integration): inviting, sending agreements, publishing and applying need it (issue 11 §4). Test
 * set-up only: waiting for the email queue on every sign-up would add a second to each.
 */
export async function markVerified(email: string) {
  await env.DB.prepare("UPDATE users SET email_verified_at = ? WHERE email = ?")
    .bind(new Date().toISOString(), email)
    .run();
}

/**
 * Signs up (202: no session, whatever the address) and signs in with the same password, as the sign-up page
 * does: a new account's tokens and user id.
 */
export async function signUpAndSignIn(json: Parameters<ReturnType<typeof api>["auth"]["signup"]["$post"]>[0]["json"]) {
  const res = await api().auth.signup.$post({ json });
  expect(res.status, res.text).toBe(202);
  const login = await api().auth.login.$post({ json: { email: json.email, password: json.password } });
  expect(login.status, login.text).toBe(200);
  return { token: login.json.accessToken, refreshToken: login.json.refreshToken, userId: login.json.user.id };
}

export async function signUpLandlord(orgName = "Acme Lettings", { verified = true } = {}): Promise<Landlord> {
  const email = uniqueEmail("landlord");
  const session = await signUpAndSignIn({
    email,
    password: PASSWORD,
    name: "Lena Landlord",
    accountType: "landlord",
    orgName,
  });
  const me = await api(session).me.$get();
  const orgId = me.json.memberships[0]?.orgId;
  if (!orgId) throw new Error(`a landlord signup without an org: ${me.text}`);
  if (verified) await markVerified(email);
  return { ...session, orgId, email };
}

export async function signUpRenter(name = "Rita Renter", { verified = true } = {}) {
  const email = uniqueEmail("renter");
  const session = await signUpAndSignIn({ email, password: PASSWORD, name, accountType: "renter" });
  if (verified) await markVerified(email);
  return { ...session, email };
}

/** Every mail to `to` in the dev mailbox so far, newest first. */
export async function mailTo(to: string) {
  const res = await api().dev.mail.$get({ query: { to } });
  return res.json.results;
}

/**
 * Waits for the email queue to deliver to the dev mailbox, and returns the newest mail to `to`
 * (with that template, and not among `seen`: pass the ids of mails that were there before). Polls until it is
 * there; gives up after 60 s (a hang guard: the files of the shared-database project run in one runtime, so
 * the queue may still be delivering an earlier file's mail).
 */
export async function waitForMail(to: string, template?: string, seen: string[] = []) {
  for (let i = 0; i < 600; i++) {
    const mail = (await mailTo(to)).find((m) => (!template || m.template === template) && !seen.includes(m.id));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${template ?? ""} mail to ${to}`);
}

export function linkToken(text: string): string {
  const match = text.match(/token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return match[1];
}

/** An owner with a property and apartment, and a member with another role, invited and joined. */
export async function addMember(owner: Landlord, role: "owner" | "manager" | "maintenance") {
  const email = uniqueEmail(role);
  const invited = await api({ token: owner.token }).orgs.current.invitations.$post({ json: { email, role } });
  expect(invited.status, invited.text).toBe(201);
  const mail = await waitForMail(email, "staff_invitation");
  const signup = await signUpAndSignIn({ email, password: PASSWORD, name: `Max ${role}`, accountType: "renter" });
  await markVerified(email);
  const accepted = await api(signup).invitations.accept.$post({
    json: { token: linkToken(mail.text) },
  });
  expect(accepted.status, accepted.text).toBe(200);
  return { token: accepted.json.accessToken, userId: signup.userId, email };
}

export { env };

export type Renter = Awaited<ReturnType<typeof signUpRenter>>;

/** A property with one apartment in the caller's org. */
export async function createApartment(owner: Caller, label = "1A", currency = "EUR") {
  const p = await api(owner).properties.$post({
    json: { name: `${label} House`, address: "12 Rue des Lilas", city: "Lyon", postalCode: "69003", country: "France" },
  });
  expect(p.status, p.text).toBe(201);
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber: label, roomsCount: 2, rentAmount: 85000, currency },
  });
  expect(a.status, a.text).toBe(201);
  return { propertyId: p.json.id, apartmentId: a.json.id };
}

export type LeaseTerms = {
  startDate?: string;
  endDate?: string;
  rentAmount?: number;
  dueDay?: number;
  depositAmount?: number;
  /** Monthly charges (minor units); the API's default is 0. */
  chargesAmount?: number;
  /** The first month's amount (rent and charges together), replacing the pro-rata. */
  firstMonthAmount?: number;
  /** The kind of lease (worker/lib/french-lease-law.ts): the French rules depend on it (the helpers' flats are in Lyon). */
  kind?: "unfurnished" | "furnished" | "student_furnished" | "mobility";
  landlordKind?: "individual" | "company";
  /** Why the renter takes a bail mobilité (art. 25-13); an internship unless told, for that kind. */
  mobilityReason?: MobilityReason;
};

/**
 * The owner adds a renter to the apartment (a lease and its invitation) and the renter accepts it:
 * a fresh renter account unless one is given.
 */
export async function addRenter(owner: Caller, apartmentId: string, terms: LeaseTerms = {}, renter?: Renter) {
  const who = renter ?? (await signUpRenter());
  const seen = (await mailTo(who.email)).map((m) => m.id);
  const created = await api(owner).apartments[":id"].leases.$post({
    param: { id: apartmentId },
    json: {
      renterEmail: who.email,
      startDate: "2026-01-01",
      rentAmount: 85000,
      dueDay: 5,
      ...(terms.kind === "mobility" ? { mobilityReason: "internship" as const } : {}),
      ...terms,
    },
  });
  expect(created.status, created.text).toBe(201);
  const mail = await waitForMail(who.email, "lease_invitation", seen);
  const accepted = await api(who).invitations.accept.$post({ json: { token: linkToken(mail.text) } });
  expect(accepted.status, accepted.text).toBe(200);
  return { renter: who, leaseId: created.json.lease.id };
}

/**
 * Today (ISO date) on a new org's clock (worker/orgs/service.ts `NEW_ORG_DEFAULTS`: Europe/Paris), the day
 * the API charges rent, counts lateness and offers months on for the orgs `signUpLandlord` makes. UTC's day
 * differs for an hour or two around midnight, so a test predicting the API's figures reads this one.
 */
export const orgToday = () => todayIn(NEW_ORG_DEFAULTS.timezone);
