import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";

/** Calls the worker under test the way a client would (real routing, middleware and bindings). */
export const BASE = "https://rentline.test";

let ipCounter = 0;
/** A fresh client address per caller, so the auth rate limiter only bites where a test means it to. */
export const freshIp = () => `203.0.113.${(ipCounter = (ipCounter % 250) + 1)}-${crypto.randomUUID().slice(0, 8)}`;

export type Caller = { token?: string; orgId?: string; ip?: string; headers?: Record<string, string> };

export async function call(method: string, path: string, body?: unknown, who: Caller = {}) {
  const headers: Record<string, string> = { "cf-connecting-ip": who.ip ?? freshIp(), ...who.headers };
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  if (who.orgId) headers["x-org-id"] = who.orgId;
  // FormData (uploads) sets its own multipart content type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  const res = await exports.default.fetch(
    new Request(`${BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    }),
  );
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export const uniqueEmail = (label = "user") => `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;
export const PASSWORD = "correct horse battery";

export type Landlord = { token: string; refreshToken: string; userId: string; orgId: string; email: string };

export async function signUpLandlord(orgName = "Acme Lettings"): Promise<Landlord> {
  const email = uniqueEmail("landlord");
  const res = await call("POST", "/api/auth/signup", {
    email,
    password: PASSWORD,
    name: "Lena Landlord",
    accountType: "landlord",
    orgName,
  });
  expect(res.status, res.text).toBe(201);
  return {
    token: res.json.accessToken,
    refreshToken: res.json.refreshToken,
    userId: res.json.user.id,
    orgId: res.json.org.id,
    email,
  };
}

export async function signUpRenter(name = "Rita Renter") {
  const email = uniqueEmail("renter");
  const res = await call("POST", "/api/auth/signup", { email, password: PASSWORD, name, accountType: "renter" });
  expect(res.status, res.text).toBe(201);
  return {
    token: res.json.accessToken as string,
    refreshToken: res.json.refreshToken as string,
    userId: res.json.user.id as string,
    email,
  };
}

type Mail = { id: string; template: string; text: string; subject: string; html: string; createdAt: string };

/** Every mail to `to` in the dev mailbox so far, newest first. */
export async function mailTo(to: string): Promise<Mail[]> {
  const res = await call("GET", `/api/dev/mail?to=${encodeURIComponent(to)}`);
  return res.json.results as Mail[];
}

/**
 * Waits for the email queue to deliver to the dev mailbox, and returns the newest mail to `to`
 * (with that template, and not among `seen`: pass the ids of mails that were there before).
 */
export async function waitForMail(to: string, template?: string, seen: string[] = []) {
  for (let i = 0; i < 60; i++) {
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
  const invited = await call("POST", "/api/orgs/current/invitations", { email, role }, { token: owner.token });
  expect(invited.status, invited.text).toBe(201);
  const mail = await waitForMail(email, "staff_invitation");
  const signup = await call("POST", "/api/auth/signup", {
    email,
    password: PASSWORD,
    name: `Max ${role}`,
    accountType: "renter",
  });
  expect(signup.status).toBe(201);
  const accepted = await call(
    "POST",
    "/api/invitations/accept",
    { token: linkToken(mail.text) },
    { token: signup.json.accessToken },
  );
  expect(accepted.status, accepted.text).toBe(200);
  return { token: accepted.json.accessToken as string, userId: signup.json.user.id as string, email };
}

export { env };

export type Renter = Awaited<ReturnType<typeof signUpRenter>>;

/** A property with one apartment in the caller's org. */
export async function createApartment(owner: Caller, label = "1A", currency = "EUR") {
  const p = await call(
    "POST",
    "/api/properties",
    { name: `${label} House`, address: "12 Rue des Lilas", city: "Lyon", postalCode: "69003", country: "France" },
    owner,
  );
  expect(p.status, p.text).toBe(201);
  const a = await call(
    "POST",
    "/api/apartments",
    { propertyId: p.json.id, unitNumber: label, roomsCount: 2, rentAmount: 85000, currency },
    owner,
  );
  expect(a.status, a.text).toBe(201);
  return { propertyId: p.json.id as string, apartmentId: a.json.id as string };
}

export type LeaseTerms = {
  startDate?: string;
  endDate?: string;
  rentAmount?: number;
  dueDay?: number;
  depositAmount?: number;
};

/**
 * The owner adds a renter to the apartment (a lease and its invitation) and the renter accepts it:
 * a fresh renter account unless one is given.
 */
export async function addRenter(owner: Caller, apartmentId: string, terms: LeaseTerms = {}, renter?: Renter) {
  const who = renter ?? (await signUpRenter());
  const seen = (await mailTo(who.email)).map((m) => m.id);
  const created = await call(
    "POST",
    `/api/apartments/${apartmentId}/leases`,
    { renterEmail: who.email, startDate: "2026-01-01", rentAmount: 85000, dueDay: 5, ...terms },
    owner,
  );
  expect(created.status, created.text).toBe(201);
  const mail = await waitForMail(who.email, "lease_invitation", seen);
  const accepted = await call("POST", "/api/invitations/accept", { token: linkToken(mail.text) }, who);
  expect(accepted.status, accepted.text).toBe(200);
  return { renter: who, leaseId: created.json.lease.id as string };
}
