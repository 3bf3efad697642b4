import type { Page } from "@playwright/test";
import type { Messages } from "../../../app/i18n/messages/shape";
import { fr } from "../../../app/i18n/messages/fr";
import { he } from "../../../app/i18n/messages/he";
import { uk } from "../../../app/i18n/messages/uk";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, confirmEmailIn, signUpIn } from "../flows";
import { overflowsHorizontally } from "../untranslated";

// Issue 13: money inputs speak the viewer's locale (a French landlord edits "850,00" and may type
// "1 234,50"), every page has one <main> (the fixture's axe run fails on a second one), and the property
// page's apartments table stays readable on a phone in Ukrainian and Hebrew.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** A landlord signed up in the browser's language (Accept-Language), on the dashboard, with one apartment. */
async function landlordIn(
  newContext: Parameters<Parameters<typeof test>[2]>[0]["newContext"],
  baseURL: string,
  m: Messages,
  locale: string,
) {
  const context = await newContext({ locale, viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto("/signup");
  const email = await signUpIn(page, m, { type: "landlord", name: "Élodie Dubois", orgName: "Agence Lumière" });
  await page.waitForURL(/\/dashboard/);
  await confirmEmailIn(page, m, email);
  return { page, apartmentId: await apartmentFor(context, baseURL) };
}

/** Screenshots `page` at 375 and 1280 px after checking it does not scroll sideways. */
async function look(page: Page, artifacts: string, name: string) {
  for (const [label, viewport] of [
    ["375", PHONE],
    ["1280", DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await hydrated(page);
    expect(await overflowsHorizontally(page), `${name} at ${label} px overflows sideways`).toBe(false);
    await page.screenshot({ path: `${artifacts}locale-forms/${name}-${label}.png`, fullPage: true });
  }
}

test("a French landlord edits the rent as 850,00 and types 1 234,50", async ({ newContext, baseURL, artifacts }) => {
  test.setTimeout(120_000);
  const { page, apartmentId } = await landlordIn(newContext, baseURL, fr, "fr-FR");
  await page.goto(`/apartments/${apartmentId}?tab=leases`);
  await expect(page.locator("main")).toHaveCount(1);
  // The new-lease form's rent, prefilled from the apartment, the French way.
  const lease = page.getByRole("form", { name: fr.leases.add.formLabel });
  await expect(lease.getByLabel(fr.leases.add.rent.replace("{currency}", "EUR"), { exact: true })).toHaveValue(
    "850,00",
  );

  await page.goto(`/apartments/${apartmentId}/edit`);
  await hydrated(page);
  const rent = page.getByLabel(fr.apartments.form.rent, { exact: true });
  await expect(rent).toHaveValue("850,00");
  await rent.fill("1\u202f234,50");
  await page.getByRole("button", { name: fr.apartments.editPage.save }).click();
  await page.waitForURL(/\/properties\//);
  await expect(page.getByRole("table")).toContainText("1\u202f234,50\u00a0€");
  await page.goto(`/apartments/${apartmentId}/edit`);
  await expect(page.getByLabel(fr.apartments.form.rent, { exact: true })).toHaveValue("1234,50");
  await page.getByLabel(fr.apartments.form.rent, { exact: true }).fill("990.5");
  await page.getByRole("button", { name: fr.apartments.editPage.save }).click();
  await page.waitForURL(/\/properties\//);
  await expect(page.getByRole("table")).toContainText("990,50\u00a0€");
  await look(page, artifacts, "property-fr");
});

for (const [lang, m, locale] of [
  ["uk", uk, "uk-UA"],
  ["he", he, "he-IL"],
] as const)
  test(`the property page reads on a phone in ${lang}`, async ({ newContext, baseURL, artifacts }) => {
    test.setTimeout(120_000);
    const { page, apartmentId } = await landlordIn(newContext, baseURL, m, locale);
    await page.goto(`/apartments/${apartmentId}`);
    await expect(page.locator("main")).toHaveCount(1);
    await look(page, artifacts, `apartment-${lang}`);
    await page.goto(`/apartments/${apartmentId}/edit`);
    await expect(page.getByLabel(m.apartments.form.rent, { exact: true })).toHaveValue(
      lang === "uk" ? "850,00" : "850.00",
    );
    await page.getByRole("link", { name: m.apartments.editPage.back }).click();
    await page.waitForURL(/\/properties\//);
    await expect(page.locator("main")).toHaveCount(1);
    await look(page, artifacts, `property-${lang}`);
  });
