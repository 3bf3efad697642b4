import { z } from "zod";
import { en } from "../../../app/i18n/messages/en";
import { fr } from "../../../app/i18n/messages/fr";
import { he } from "../../../app/i18n/messages/he";
import { uk } from "../../../app/i18n/messages/uk";
import { expect, test } from "../fixtures";
import { PASSWORD, unique } from "../flows";
import { englishTextOn, overflowsHorizontally } from "../untranslated";

// Issue 13 §2: a visitor's language is negotiated from Accept-Language, a chosen one (the `rl_lang` cookie)
// wins, Hebrew pages are right-to-left end to end, and an account keeps the language it signed up in.

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
  await expect(browser).toHaveTitle(`${he.auth.signup.title} — Rentline`);
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
