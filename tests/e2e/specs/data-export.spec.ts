import type { BrowserContext } from "@playwright/test";
import { en } from "../../../app/i18n/messages/en";
import { fr } from "../../../app/i18n/messages/fr";
import { expect, hydrated, test } from "../fixtures";
import { findMailLink, PASSWORD, verifiedAccount } from "../flows";

// Issue 16 §3 (GDPR art. 15 and 20): from the account page a person asks for their data; the export queue
// builds the ZIP and emails the link (the dev mailbox); the page lists it ready with its download link; the
// emailed link downloads the ZIP for its owner. The section at 1280 px (English) and 375 px (French), no
// sideways overflow; screenshots in artifacts/screens/data-export-*.png.

async function signIn(context: BrowserContext, baseURL: string, email: string) {
  const login = await context.request.post("/api/auth/login", {
    data: { email, password: PASSWORD },
    headers: { origin: baseURL },
  });
  expect(login.status()).toBe(200);
}

test("account page → Download my data → the emailed link downloads the ZIP", async ({
  baseURL,
  newContext,
  artifacts,
  expectPageError,
}) => {
  const { email } = await verifiedAccount(baseURL, { accountType: "renter", locale: "en" });
  const desktop = await newContext({ viewport: { width: 1280, height: 900 } });
  await signIn(desktop, baseURL, email);
  const page = await desktop.newPage();
  await page.goto("/account");
  await hydrated(page);
  const section = page.getByRole("region", { name: en.accountExport.title });
  await expect(section).toBeVisible();
  await section.getByRole("button", { name: en.accountExport.request }).click();
  await expect(page.getByRole("status").getByText(en.accountExport.requested)).toBeVisible();

  // The email is the event the queue job ends with: its link is the signed download.
  const link = await findMailLink(page, email, "/files/");
  expect(link).toMatch(/\/files\/[\w-]+\.[\w-]+$/);
  await page.goto("/account");
  await hydrated(page);
  await expect(section.getByText(en.accountExport.status.ready)).toBeVisible();
  const download = section.getByRole("link", { name: en.accountExport.download });
  await expect(download).toBeVisible();
  await expect(section.getByRole("button", { name: en.accountExport.request })).toBeEnabled();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${artifacts}screens/data-export-1280.png`, fullPage: true });

  const zip = await page.request.get(new URL(link).pathname);
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  const bytes = await zip.body();
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.includes(Buffer.from("profile.json"))).toBe(true);

  // Asking again the same day is refused, in words, in the section (the browser logs the 429 answer).
  expectPageError("status of 429");
  await section.getByRole("button", { name: en.accountExport.request }).click();
  await expect(section.getByText(en.problems.export_too_soon)).toBeVisible();

  // Another browser, signed out: the link asks to sign in first.
  const stranger = await newContext();
  const res = await stranger.request.get(new URL(link).pathname, { maxRedirects: 0, headers: { accept: "text/html" } });
  expect(res.status()).toBe(302);

  // A phone in French.
  const phone = await newContext({ viewport: { width: 375, height: 812 } });
  await phone.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  await signIn(phone, baseURL, email);
  const small = await phone.newPage();
  await small.goto("/account");
  await hydrated(small);
  const frSection = small.getByRole("region", { name: fr.accountExport.title });
  await expect(frSection.getByRole("link", { name: fr.accountExport.download })).toBeVisible();
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await frSection.scrollIntoViewIfNeeded();
  await small.screenshot({ path: `${artifacts}screens/data-export-375.png`, fullPage: true });
});
