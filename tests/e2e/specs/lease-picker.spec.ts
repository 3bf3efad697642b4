import type { BrowserContext, Locator } from "@playwright/test";
import { z } from "zod";
import { expect, test } from "../fixtures";
import { apartmentFor, signUpLandlord, unique } from "../flows";

// Issue 11 §1: money always names its lease. In a flat with two current leases (individual leases in a
// shared flat) the owner's payment form asks which lease, with no default; with one lease it does not ask.

const created = z.object({ lease: z.object({ id: z.string() }) });
const ledger = z.object({ entries: z.array(z.object({ kind: z.string(), amount: z.number() })) });

/** A lease for `renterEmail` (invited, not joined: the picker names them by email) through the owner's session. */
async function leaseFor(
  owner: BrowserContext,
  baseURL: string,
  apartmentId: string,
  renterEmail: string,
  start: string,
) {
  const res = await owner.request.post(`${baseURL}/api/apartments/${apartmentId}/leases`, {
    data: { renterEmail, startDate: start, rentAmount: 85000, dueDay: 5 },
    headers: { origin: baseURL },
  });
  expect(res.status(), await res.text()).toBe(201);
  return created.parse(await res.json()).lease.id;
}

/**
 * The payment lines of a rent panel's ledger entries, once opened: the entries sit closed behind their count
 * ("Ledger (3 entries)") and their code loads when opened, so the list is waited for before it is counted.
 */
async function shownPayments(panel: Locator) {
  await panel.locator("summary", { hasText: /^Ledger \(/ }).click();
  const entries = panel.getByTestId("ledger-entries");
  await entries.waitFor();
  return entries.locator("li", { hasText: /^Payment/ });
}

/** The payments on a lease's ledger (minor units, negative), read through the API. */
async function payments(owner: BrowserContext, baseURL: string, leaseId: string) {
  const res = await owner.request.get(`${baseURL}/api/leases/${leaseId}/ledger`);
  expect(res.status()).toBe(200);
  return ledger
    .parse(await res.json())
    .entries.filter((e) => e.kind === "payment")
    .map((e) => e.amount);
}

test("two current leases: the owner picks Rita's lease for cash received, and it lands on Rita's ledger, not Ann's", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  // The one post sent without a lease on purpose: the action answers 422 with the problem sentence.
  expectPageError(/status of 422/);
  const context = await newContext();
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Shared Flat Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const rita = unique("rita");
  const ann = unique("ann");
  const ritaLease = await leaseFor(context, baseURL, apartmentId, rita, "2026-01-01");
  const annLease = await leaseFor(context, baseURL, apartmentId, ann, "2026-03-01");

  await page.goto(`/apartments/${apartmentId}?tab=chat`);
  await page.getByText("Add a note or an amount", { exact: true }).click();
  const picker = page.getByRole("group", { name: "Which lease" });
  await expect(picker.getByRole("radio")).toHaveCount(2);
  await expect(picker.getByRole("radio", { checked: true })).toHaveCount(0); // no guess
  await expect(picker.locator("label")).toHaveText([`${ann}Lease from Mar 1, 2026`, `${rita}Lease from Jan 1, 2026`]);
  await page.getByLabel("Note or payment received").fill("Cash received from Rita");
  await page.getByLabel("Amount (EUR, optional)").fill("800.00");
  // Money makes the choice required: the browser will not send the form without it.
  for (const radio of await picker.getByRole("radio").all()) await expect(radio).toHaveJSProperty("required", true);

  // The server stays the authority: sent anyway without a lease, the form shows the translated sentence.
  await picker.getByRole("radio").evaluateAll((radios) => radios.forEach((r) => r.removeAttribute("required")));
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByText("Say which lease this is about.")).toBeVisible();
  expect(await payments(context, baseURL, annLease)).toEqual([]);
  expect(await payments(context, baseURL, ritaLease)).toEqual([]);

  await picker.getByRole("radio", { name: new RegExp(rita) }).check();
  await page.getByRole("button", { name: "Post", exact: true }).click();
  const item = page.locator("[data-activity-id]", { hasText: "Cash received from Rita" });
  await expect(item).toContainText(`${rita} — lease from Jan 1, 2026`);
  // Each lease has its own rent panel (the Overview tab): the payment is on Rita's, not on Ann's.
  await page
    .getByRole("navigation", { name: "Apartment sections" })
    .getByRole("link", { name: /^Overview/ })
    .click();
  const ritaPanel = page.getByRole("region", { name: new RegExp(`Rent ${rita}`) });
  const annPanel = page.getByRole("region", { name: new RegExp(`Rent ${ann}`) });
  const ritaPayments = await shownPayments(ritaPanel);
  await expect(ritaPayments).toHaveCount(1);
  await expect(ritaPayments).toContainText("€800.00");
  await expect(await shownPayments(annPanel)).toHaveCount(0);
  expect(await payments(context, baseURL, ritaLease)).toEqual([-80000]);
  expect(await payments(context, baseURL, annLease)).toEqual([]);
});

test("one current lease: no picker, the payment lands on the only lease", async ({ newContext, baseURL }) => {
  const context = await newContext();
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Single Lease Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const only = await leaseFor(context, baseURL, apartmentId, unique("solo"), "2026-01-01");

  await page.goto(`/apartments/${apartmentId}?tab=chat`);
  await page.getByText("Add a note or an amount", { exact: true }).click();
  await page.getByLabel("Note or payment received").fill("Cash received");
  await page.getByLabel("Amount (EUR, optional)").fill("800.00");
  await expect(page.getByRole("group", { name: "Which lease" })).toHaveCount(0);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.locator("[data-activity-id]", { hasText: "Cash received" }).waitFor();
  await page
    .getByRole("navigation", { name: "Apartment sections" })
    .getByRole("link", { name: /^Overview/ })
    .click();
  await expect(await shownPayments(page.getByRole("region", { name: "Rent", exact: true }))).toHaveCount(1);
  expect(await payments(context, baseURL, only)).toEqual([-80000]);
});
