import type { Page } from "@playwright/test";
import { fr } from "../../../app/i18n/messages/fr";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, confirmEmailIn, futureMoveIn, signUpIn } from "../flows";

// Issue 13 (French decimal fields): a French landlord types the living area as "42,5" m² in the new-listing
// form; the edit form shows it back as "42,5", and the published listing's page and search card say
// "42,5 m²". The search's area filter takes "40,5" and keeps it as typed. Screenshots at 375 and 1280 px in
// `artifacts/decimal-fields/`.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const f = fr.listingManage.form;
const manage = fr.listingManage.manage;

async function screens(page: Page, artifacts: string, name: string) {
  for (const [label, viewport] of [
    ["375", PHONE],
    ["1280", DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await hydrated(page);
    await page.screenshot({ path: `${artifacts}decimal-fields/${name}-${label}.png`, fullPage: true });
  }
}

test("a French landlord enters 42,5 m² and sees 42,5 m²", async ({ newContext, baseURL, artifacts }) => {
  test.setTimeout(150_000);
  const context = await newContext({ locale: "fr-FR", viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto("/signup");
  const email = await signUpIn(page, fr, { type: "landlord", name: "Élodie Dubois", orgName: "Agence Lumière" });
  await page.waitForURL(/\/dashboard/);
  await confirmEmailIn(page, fr, email);
  await apartmentFor(context, baseURL);

  await page.goto("/manage/listings/new");
  await hydrated(page);
  const title = "Deux pièces lumineuses à Lyon";
  await page.getByLabel(manage.titleLabel, { exact: true }).fill(title);
  await page.getByLabel(manage.description, { exact: true }).fill("Deux pièces calmes sur cour, près des quais.");
  await page.getByLabel(manage.availableFrom, { exact: true }).fill(futureMoveIn());
  await page.getByLabel(f.livingArea, { exact: true }).fill("42,5");
  await page.getByLabel(f.furnished, { exact: true }).selectOption("false");
  await page.getByLabel(f.energyClass, { exact: true }).selectOption("C");
  await page.getByLabel(f.ghgClass, { exact: true }).selectOption("D");
  await page.getByRole("button", { name: fr.listingManage.create }).click();
  await page.waitForURL(/\/manage\/listings\/(?!new)[^/?]+/);
  const listingId = new URL(page.url()).pathname.split("/").pop()!;

  // The edit form gives the area back the French way.
  await expect(page.getByLabel(f.livingArea, { exact: true })).toHaveValue("42,5");
  await screens(page, artifacts, "edit");
  await page.getByRole("button", { name: manage.publish }).click();
  await page.waitForURL(/\/manage\/listings$/);

  await page.goto(`/listings/${listingId}`);
  await expect(page.getByRole("main")).toContainText(/42,5\s?m²/);
  await screens(page, artifacts, "listing");

  // As the browser encodes the GET form (a hand-written "40,5" in the URL hydrates a different form action).
  await page.goto("/listings?city=Lyon&areaMin=40%2C5&areaMax=1+000");
  await expect(page.getByLabel(fr.listings.search.areaMin, { exact: true })).toHaveValue("40,5");
  await expect(page.getByTestId("card-facts").first()).toContainText(/42,5\s?m²/);
  await screens(page, artifacts, "search");
});
