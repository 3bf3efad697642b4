import type { BrowserContext, Page } from "@playwright/test";
import { z } from "zod";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";
import { englishTextOn, overflowsHorizontally } from "../untranslated";

// The landlord's pages in French (the reference) and Hebrew (right to left), on a phone and a desktop:
// the page speaks the language the `rl_lang` cookie names, shows no English catalogue sentence, and never
// scrolls sideways. Screenshots land in tests/e2e/artifacts/staff-<lang>-<width>-<page>.png for a person to
// look at.

const LANGUAGES = [
  { lang: "fr", dir: "ltr", properties: "Biens", team: "Équipe", rooms: "Pièces" },
  { lang: "he", dir: "rtl", properties: "נכסים", team: "צוות", rooms: "חדרים" },
] as const;
const WIDTHS = [375, 1280] as const;

async function speak(context: BrowserContext, baseURL: string, lang: string) {
  await context.addCookies([{ name: "rl_lang", value: lang, url: baseURL }]);
}

/** Opens `path`, checks the language, direction, English leftovers and width, and screenshots it. */
async function visit(page: Page, path: string, shot: string, lang: { lang: string; dir: string }, english = true) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", lang.lang);
  await expect(page.locator("html")).toHaveAttribute("dir", lang.dir);
  await hydrated(page);
  await page.screenshot({ path: shot, fullPage: true });
  if (english) expect(await englishTextOn(page), `${path} in ${lang.lang}`).toEqual([]);
  expect(await overflowsHorizontally(page), `${path} scrolls sideways`).toBe(false);
}

test("the landlord's pages in French and Hebrew, at 375 px and 1280 px", async ({ newContext, baseURL, artifacts }) => {
  const setup = await newContext();
  const signup = await setup.newPage();
  await signUpLandlord(signup, { orgName: "Gestion Lumière" });
  const apartmentId = await apartmentFor(setup, baseURL);
  const apartment = await setup.request.get(`${baseURL}/api/apartments/${apartmentId}`);
  const { propertyId } = z.object({ propertyId: z.string() }).parse(await apartment.json());
  const cookies = await setup.cookies();

  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const context = await newContext({ viewport: { width, height: 900 } });
      await context.addCookies(cookies);
      await speak(context, baseURL, language.lang);
      const page = await context.newPage();
      const shot = (name: string) => `${artifacts}staff-${language.lang}-${width}-${name}.png`;

      await visit(page, "/dashboard", shot("dashboard"), language);
      await page.getByRole("heading", { name: language.properties, exact: true }).waitFor();
      await visit(page, `/properties/${propertyId}`, shot("property"), language);
      // A table on a desktop; on a phone, one card per apartment naming each figure.
      if (width === 375) await page.getByTestId("apartments-list").getByText(language.rooms).first().waitFor();
      else await page.getByRole("columnheader", { name: language.rooms }).waitFor();
      await visit(page, `/properties/${propertyId}/edit`, shot("property-edit"), language);
      await visit(page, "/properties/new", shot("property-new"), language);
      await visit(page, `/apartments/${apartmentId}/edit`, shot("apartment-edit"), language);
      await visit(page, "/team", shot("team"), language);
      await page.getByRole("heading", { name: language.team, exact: true }).waitFor();
      // The leases panel and the activity feed on this page are translated by another change (issue 13):
      // width and direction are checked here, English leftovers once those land.
      await visit(page, `/apartments/${apartmentId}?tab=chat`, shot("apartment"), language, false);
      await page.getByTestId("room-status").waitFor();
      await context.close();
    }
  }
});
