import type { BrowserContext, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, signUpLandlord } from "../flows";
import { englishTextOn, overflowsHorizontally } from "../untranslated";

// Issue 15, every maintenance, expenses and statement screen in French, Hebrew (right to left) and English at
// 375 and 1280 px: the page is in the language and direction asked, nothing overflows sideways, no English
// sentence is left, and a screenshot of each is kept for review in artifacts/screens/ (look at them).

const WIDTHS = [375, 1280] as const;
const LANGS = [
  { code: "fr", dir: "ltr" },
  { code: "he", dir: "rtl" },
  { code: "en", dir: "ltr" },
] as const;

/** POSTs JSON as the context's person (same-origin, as the app's pages do); answers the JSON body. */
async function post(context: BrowserContext, baseURL: string, path: string, data: Record<string, unknown>) {
  const res = await context.request.post(`${baseURL}${path}`, { data, headers: { origin: baseURL } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown> & { request?: { id: string } };
}

/** Opens `path` in each width, checks language, direction, overflow and English, and keeps a screenshot. */
async function review(page: Page, artifacts: string, lang: (typeof LANGS)[number], name: string, path: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", lang.code);
    await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
    await page.screenshot({ path: `${artifacts}screens/lang-${lang.code}-${name}-${width}.png`, fullPage: true });
    expect.soft(await overflowsHorizontally(page), `${name} overflows at ${width} px in ${lang.code}`).toBe(false);
    if (lang.code !== "en") expect.soft(await englishTextOn(page), `English on ${name} in ${lang.code}`).toEqual([]);
  }
}

test("maintenance, expenses and statement screens in French and Hebrew at 375 and 1280 px", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  test.setTimeout(600_000);
  mkdirSync(`${artifacts}screens`, { recursive: true });
  const ownerContext = await newContext({ viewport: { width: 1280, height: 900 } });
  const owner = await ownerContext.newPage();
  await signUpLandlord(owner, { orgName: "Régie du Rhône" });
  const apartmentId = await apartmentFor(ownerContext, baseURL);
  const { renter } = await addRenterThroughUi({ landlord: owner, newContext, apartmentId, name: "Noa Levi" });
  const renterContext = renter.context();
  const reported = await post(renterContext, baseURL, `/api/apartments/${apartmentId}/maintenance-requests`, {
    category: "heating",
    title: "Le radiateur de la chambre reste froid",
    description: "Depuis lundi, même en ouvrant la vanne à fond.",
    urgency: "urgent",
    entryPermission: true,
    availability: "En semaine après 18 h",
  });
  const requestId = reported.request!.id;
  await post(ownerContext, baseURL, `/api/maintenance-requests/${requestId}/costs`, {
    kind: "labour",
    description: "Purge et remplacement de la tête thermostatique",
    hours: 1.5,
    amount: 9500,
  });
  const apartment = await ownerContext.request.get(`${baseURL}/api/apartments/${apartmentId}`);
  const { propertyId } = (await apartment.json()) as { propertyId: string };
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Paris" });
  await post(ownerContext, baseURL, "/api/expenses", {
    propertyId,
    maintenanceRequestId: requestId,
    category: "repairs_maintenance",
    incurredOn: today,
  });

  // A contractor without an email, assigned: the request page shows their link to copy; a comment by the owner.
  const vendor = await post(ownerContext, baseURL, "/api/vendors", {
    name: "Plomberie Martin",
    trade: "Plombier",
    phone: "06 12 34 56 78",
  });
  const patched = await ownerContext.request.patch(`${baseURL}/api/maintenance-requests/${requestId}`, {
    data: { vendorId: vendor.id, scheduledFor: { date: today, from: "18:00", to: "19:30" } },
    headers: { origin: baseURL },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  await post(ownerContext, baseURL, `/api/maintenance-requests/${requestId}/comments`, {
    text: "Le plombier passe ce soir.",
    photoIds: [],
  });

  for (const lang of LANGS) {
    for (const context of [ownerContext, renterContext])
      await context.addCookies([{ name: "rl_lang", value: lang.code, url: baseURL }]);
    await review(owner, artifacts, lang, "board", "/maintenance");
    await review(owner, artifacts, lang, "request-staff", `/maintenance/${requestId}`);
    await review(owner, artifacts, lang, "expenses", `/properties/${propertyId}/expenses`);
    await review(owner, artifacts, lang, "statement", `/properties/${propertyId}/statement`);
    await review(owner, artifacts, lang, "settings", "/settings");
    await review(renter, artifacts, lang, "repairs", "/repairs");
    await review(renter, artifacts, lang, "request-renter", `/repairs/${requestId}`);
    await review(renter, artifacts, lang, "report", `/homes/${apartmentId}/report`);
  }
});
