import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { en } from "../../../app/i18n/messages/en";
import { fr } from "../../../app/i18n/messages/fr";
import { he as hebrew } from "../../../app/i18n/messages/he";
import { isolateArguments } from "../../../app/i18n/isolate-arguments";
import { uk } from "../../../app/i18n/messages/uk";
import { expect, test } from "../fixtures";
import { formatDate, formatMoney } from "../../../worker/lib/i18n/format";
import { PASSWORD, publishedListing, unique, verifiedAccount } from "../flows";
import { englishTextOn, overflowsHorizontally } from "../untranslated";

// The Hebrew catalogue as pages speak it: arguments isolated (app/i18n/isolate-arguments.ts).
const he = isolateArguments(hebrew);

// Issue 13 §2: a visitor's language is negotiated from Accept-Language, a chosen one (the `rl_lang` cookie)
// wins, Hebrew pages are right-to-left end to end, and an account keeps the language it signed up in. The
// public search (the last signed-out page translated) reads in Hebrew on a phone and in French on a desktop.

/** A page's HTML as a visitor with these request headers gets it (no browser: the server's own rendering). */
async function page(baseURL: string, path: string, headers: Record<string, string>) {
  const res = await fetch(`${baseURL}${path}`, { headers });
  expect(res.status, path).toBe(200);
  return res.text();
}

const htmlTag = (html: string) => html.match(/<html[^>]*>/)?.[0] ?? "";

test("the home page speaks the visitor's Accept-Language, and a chosen language wins over it", async ({
  baseURL,
  newContext,
}) => {
  const ukrainian = await page(baseURL, "/", { "accept-language": "uk-UA,uk;q=0.9,en;q=0.5" });
  expect(htmlTag(ukrainian)).toContain('lang="uk"');
  expect(ukrainian).toContain(uk.home.headline);
  expect(ukrainian).toContain(`<title>${uk.home.pageTitle}</title>`);
  expect(ukrainian).not.toContain(en.home.headline);

  const chosen = await page(baseURL, "/", { "accept-language": "uk-UA,uk;q=0.9", cookie: "rl_lang=en" });
  expect(htmlTag(chosen)).toContain('lang="en"');
  expect(htmlTag(chosen)).toContain('dir="ltr"');
  expect(chosen).toContain(en.home.headline);
  expect(chosen).not.toContain(uk.home.headline);

  // In a Ukrainian browser nothing is left in English.
  const browser = await (await newContext({ locale: "uk-UA" })).newPage();
  await browser.goto("/");
  await expect(browser.locator("html")).toHaveAttribute("lang", "uk");
  expect(await englishTextOn(browser)).toEqual([]);

  // No Accept-Language we speak: French, the reference.
  const german = await page(baseURL, "/", { "accept-language": "de-DE" });
  expect(htmlTag(german)).toContain('lang="fr"');
  expect(german).toContain(fr.home.headline);
});

test("sign-up in Hebrew is right-to-left on a 375 px phone, and the account keeps Hebrew", async ({
  baseURL,
  newContext,
  expectPageError,
}) => {
  const context = await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await context.addCookies([{ name: "rl_lang", value: "he", url: baseURL }]);
  const browser = await context.newPage();
  await browser.goto("/signup?type=renter");
  await expect(browser.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(browser.locator("html")).toHaveAttribute("lang", "he");
  await expect(browser.getByRole("heading", { level: 1 })).toHaveText(he.auth.signup.title);
  // Hebrew arguments are isolated (U+2068 … U+2069, app/i18n/isolate-arguments.ts), the page name too.
  await expect(browser).toHaveTitle(`\u2068${he.auth.signup.title}\u2069 — Rentline`);
  // The visible switcher names the language shown.
  await expect(browser.getByLabel(he.shell.language)).toHaveValue("he");
  // Laid out from the right, nothing overflows sideways, and no English is left on the page.
  expect(await overflowsHorizontally(browser)).toBe(false);
  expect(await englishTextOn(browser)).toEqual([]);
  const heading = await browser.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).direction);
  expect(heading).toBe("rtl");

  // A refused submission (400) explains itself in Hebrew.
  expectPageError(/status of 400/);
  await browser.getByRole("button", { name: he.auth.signup.submit }).click();
  await browser.getByText(he.auth.signup.errors.name).waitFor();

  const email = unique("hebrew");
  await browser.getByLabel(he.auth.signup.name, { exact: true }).fill("נועה לוי");
  await browser.getByLabel(he.auth.signup.email, { exact: true }).fill(email);
  await browser.getByLabel(he.auth.signup.password, { exact: true }).fill(PASSWORD);
  await browser.getByRole("button", { name: he.auth.signup.submit }).click();
  await browser.waitForURL((url) => url.pathname === "/homes");
  await expect(browser.getByRole("heading", { level: 1 })).toHaveText(he.homes.pageTitle);
  expect(await overflowsHorizontally(browser)).toBe(false);
  expect(await englishTextOn(browser)).toEqual([]);

  // The sign-up posted the page's language: the account has it (emails and other devices follow it).
  const me = await context.request.get(`${baseURL}/api/me`);
  const { user } = z
    .object({ user: z.object({ email: z.string(), locale: z.string().nullable() }) })
    .parse(await me.json());
  expect(user).toEqual({ email, locale: "he" });

  // The account page changes it back: the page reloads in French and the account keeps French.
  await browser.goto("/account");
  expect(await overflowsHorizontally(browser)).toBe(false);
  expect(await englishTextOn(browser)).toEqual([]);
  await browser.locator("#account-language").selectOption("fr");
  await browser.getByRole("button", { name: he.account.language.submit }).click();
  await expect(browser.locator("html")).toHaveAttribute("lang", "fr");
  await expect(browser.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(browser.getByRole("heading", { level: 1 })).toHaveText(fr.account.pageTitle);
  const after = await context.request.get(`${baseURL}/api/me`);
  expect(z.object({ user: z.object({ locale: z.string().nullable() }) }).parse(await after.json()).user.locale).toBe(
    "fr",
  );
});

test("the listings search is translated, right-to-left in Hebrew on a 375 px phone, and fits a 1280 px French screen", async ({
  baseURL,
  newContext,
}) => {
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Agence Bellecour" });
  const city = `Lyon${Date.now().toString(36).slice(-5)}`;
  const title = "Appartement lumineux près de Bellecour";
  const listingId = await publishedListing(baseURL, landlord.token, { title, city });
  const search = `/listings?city=${encodeURIComponent(city)}`;

  // Hebrew on a phone: right to left, every word from the Hebrew catalogue, nothing scrolls sideways.
  const phone = await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await phone.addCookies([{ name: "rl_lang", value: "he", url: baseURL }]);
  const hebrew = await phone.newPage();
  await hebrew.goto(search);
  const tHe = createTranslator({ locale: "he", messages: he, namespace: "listings" });
  await expect(hebrew.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(hebrew.locator("html")).toHaveAttribute("lang", "he");
  await expect(hebrew.getByRole("heading", { level: 1 })).toHaveText(he.listings.search.heading);
  await expect(hebrew).toHaveTitle(`\u2068${tHe("search.titleIn", { city })}\u2069 — Rentline`);
  await expect(hebrew.getByTestId("result-count")).toHaveText(tHe("search.count", { count: 1 }));
  const card = hebrew.getByRole("link", { name: new RegExp(title) });
  await expect(card).toContainText(tHe("page.rentPerMonth", { rent: formatMoney(85000, "EUR", "he") }));
  await expect(card).toContainText(formatDate("2026-09-01", "he"));
  // The filters beyond city, words and rent are folded on a phone (issue 14 §5): opened, they are in Hebrew too.
  await hebrew.getByRole("button", { name: he.findHome.filters.more }).click();
  await expect(hebrew.getByLabel(he.listings.search.energyClassMin)).toBeVisible();
  await expect(hebrew.getByLabel(he.shell.language)).toHaveValue("he");
  await expect(hebrew.getByRole("link", { name: he.listings.header.signIn })).toBeVisible();
  expect(await overflowsHorizontally(hebrew)).toBe(false);
  expect(await englishTextOn(hebrew)).toEqual([]);
  const direction = await hebrew.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).direction);
  expect(direction).toBe("rtl");

  // French on a desktop screen: the card in French formats, then a refused filter explained in French.
  const desktop = await newContext({ viewport: { width: 1280, height: 900 } });
  await desktop.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  const french = await desktop.newPage();
  await french.goto(search);
  const tFr = createTranslator({ locale: "fr", messages: fr, namespace: "listings" });
  await expect(french.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(french.getByTestId("result-count")).toHaveText(tFr("search.count", { count: 1 }));
  const frenchCard = french.getByRole("link", { name: new RegExp(title) });
  await expect(frenchCard).toContainText(
    tFr("search.cardLine", { type: fr.listings.search.types.flat, city, date: formatDate("2026-09-01", "fr") }),
  );
  await expect(frenchCard).toContainText(
    `${tFr("page.rentPerMonth", { rent: formatMoney(85000, "EUR", "fr") })} ${tFr("page.chargesExtra", { charges: formatMoney(6000, "EUR", "fr") })}`,
  );
  expect(await overflowsHorizontally(french)).toBe(false);
  expect(await englishTextOn(french)).toEqual([]);
  await french.getByRole("button", { name: fr.findHome.filters.more }).click();
  await french.getByLabel(fr.listings.search.areaMin).fill("grand");
  await french.getByRole("button", { name: fr.listings.search.submit }).click();
  await french.getByText(fr.listingManage.form.areaInvalid).waitFor();
  await expect(french.getByRole("alert")).toHaveText(fr.problems.correctFields);
  expect(new URL(french.url()).searchParams.get("areaMin")).toBe("grand");
  expect(await englishTextOn(french)).toEqual([]);

  // The listing's own page has the same public header: the language switcher and the way to sign in.
  await french.goto(`/listings/${listingId}`);
  await expect(french.getByLabel(fr.shell.language)).toHaveValue("fr");
  await expect(french.getByRole("link", { name: fr.listings.header.signIn })).toBeVisible();
  await expect(french.getByRole("link", { name: fr.listings.page.allListings })).toBeVisible();
  expect(await englishTextOn(french)).toEqual([]);
});
