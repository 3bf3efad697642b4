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
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
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
  const res = await call("POST", "/api/auth/signup", { email, password: PASSWORD, name: "Lena Landlord", accountType: "landlord", orgName });
  expect(res.status, res.text).toBe(201);
  return { token: res.json.accessToken, refreshToken: res.json.refreshToken, userId: res.json.user.id, orgId: res.json.org.id, email };
}

export async function signUpRenter(name = "Rita Renter") {
  const email = uniqueEmail("renter");
  const res = await call("POST", "/api/auth/signup", { email, password: PASSWORD, name, accountType: "renter" });
  expect(res.status, res.text).toBe(201);
  return { token: res.json.accessToken as string, refreshToken: res.json.refreshToken as string, userId: res.json.user.id as string, email };
}

/** Waits for the email queue to deliver to the dev mailbox, and returns the newest mail to `to`. */
export async function waitForMail(to: string, template?: string) {
  for (let i = 0; i < 60; i++) {
    const res = await call("GET", `/api/dev/mail?to=${encodeURIComponent(to)}`);
    const mail = (res.json.results as { template: string; text: string; subject: string }[]).find((m) => !template || m.template === template);
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
  const signup = await call("POST", "/api/auth/signup", { email, password: PASSWORD, name: `Max ${role}`, accountType: "renter" });
  expect(signup.status).toBe(201);
  const accepted = await call("POST", "/api/invitations/accept", { token: linkToken(mail.text) }, { token: signup.json.accessToken });
  expect(accepted.status, accepted.text).toBe(200);
  return { token: accepted.json.accessToken as string, userId: signup.json.user.id as string, email };
}

export { env };
