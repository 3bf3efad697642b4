import type { BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { z } from "zod";

// Steps several specs share: sign-ups, the dev mailbox, an apartment created through the API, a renter
// added through the UI. (Specs cannot import each other under @playwright/test, so these live here.)

const created = z.object({ id: z.string() });

export const PASSWORD = "correct horse battery";

export const unique = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

/** The newest link matching `pattern` in the dev mailbox for `to`, waiting for the email queue to deliver. */
export async function findMailLink(page: Page, to: string, pattern: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    const links = page.locator(`a[href*="${pattern}"]`);
    if ((await links.count()) > 0) {
      const href = await links.first().getAttribute("href");
      if (href) return href;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no ${pattern} link for ${to} in /dev/mail`);
}

/** Signs a new landlord up through /signup (a fresh email) and waits for the dashboard; returns the email. */
export async function signUpLandlord(page: Page, { name = "Lena Landlord", orgName = "Acme Lettings" } = {}) {
  const email = unique("landlord");
  await page.goto("/signup");
  await page
    .getByLabel(/landlord/i)
    .first()
    .check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organization name").fill(orgName);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/dashboard/);
  await verifyEmailFromMailbox(page, email);
  await page.goto("/dashboard");
  return email;
}

/** Follows the confirmation link emailed to `to` (inviting, publishing, sending and applying need it). */
export async function verifyEmailFromMailbox(page: Page, to: string) {
  await page.goto(await findMailLink(page, to, "/verify-email"));
  await page.getByText("Your email address is confirmed").waitFor();
}

/**
 * A property and an apartment (4B, €850.00) created through the API with the landlord's own session (the
 * portfolio UI is covered by landlord.spec.ts). Returns the apartment id.
 */
export async function apartmentFor(landlord: BrowserContext, baseURL: string): Promise<string> {
  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await landlord.request.post(`${baseURL}${path}`, { data: body, headers: { origin: baseURL } });
    return created.parse(await res.json());
  };
  const property = await post("/api/properties", {
    name: "Room House",
    address: "5 Rue du Chat",
    city: "Lyon",
    postalCode: "69002",
    country: "France",
  });
  const apartment = await post("/api/apartments", {
    propertyId: property.id,
    unitNumber: "4B",
    roomsCount: 2,
    rentAmount: 85000,
    currency: "EUR",
  });
  return apartment.id;
}

/**
 * The landlord adds a renter on the apartment page (an open-ended lease from 2026-01-01, of `kind` in a
 * French dwelling: unfurnished unless said); the renter signs up from the emailed invitation and accepts.
 */
export async function addRenterThroughUi({
  landlord,
  newContext,
  apartmentId,
  name,
  kind,
}: {
  landlord: Page;
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  apartmentId: string;
  name: string;
  kind?: "unfurnished" | "furnished";
}) {
  const renterEmail = unique("renter");
  await landlord.goto(`/apartments/${apartmentId}`);
  await landlord.getByLabel("Renter email").fill(renterEmail);
  await landlord.getByLabel("Lease start").fill("2026-01-01");
  if (kind) await landlord.getByLabel("Kind of lease").selectOption(kind);
  await landlord.getByRole("button", { name: "Add renter" }).click();
  await landlord.getByText("Invitation sent.").waitFor();
  return { ...(await renterAccepts({ newContext, renterEmail, apartmentId, name })), renterEmail };
}

/** The renter invited at `renterEmail` signs up from the emailed invitation and accepts it (their home page). */
export async function renterAccepts({
  newContext,
  renterEmail,
  apartmentId,
  name,
}: {
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  renterEmail: string;
  apartmentId: string;
  name: string;
}) {
  const renterContext = await newContext();
  const renter = await renterContext.newPage();
  const link = await findMailLink(renter, renterEmail, "/invitations/accept?token=");
  await renter.goto(link);
  await renter
    .getByRole("link", { name: /sign up|create account/i })
    .first()
    .click();
  await renter.getByLabel("Name", { exact: true }).fill(name);
  const renterChoice = renter.getByLabel(/renter/i).first();
  if (await renterChoice.isVisible().catch(() => false)) await renterChoice.check();
  await renter.getByLabel("Email").fill(renterEmail);
  await renter.getByLabel("Password").fill(PASSWORD);
  await renter.getByRole("button", { name: "Create account" }).click();
  await renter.waitForURL(/invitations\/accept/);
  await renter.getByRole("button", { name: "Accept invitation" }).click();
  await renter.waitForURL(new RegExp(`/homes/${apartmentId}`));
  return { renter, renterContext };
}
