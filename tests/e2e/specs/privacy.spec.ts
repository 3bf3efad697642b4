import { fr } from "../../../app/i18n/messages/fr";
import { he } from "../../../app/i18n/messages/he";
import { uk } from "../../../app/i18n/messages/uk";
import { RETENTION_POLICY } from "../../../worker/privacy/contract";
import { expect, hydrated, test } from "../fixtures";
import { englishTextOn, overflowsHorizontally } from "../untranslated";

// Issue 16 §4: the public privacy page, reached from sign-up without an account, lists every retention rule
// of worker/privacy/contract.ts (what, how long, from when, why, grounds) and says where to use one's rights.
// On a 375 px phone in English, at 1280 px in French, and on phones in Hebrew (right to left) and Ukrainian.
// Screenshots for review in tests/e2e/artifacts/.

test("sign-up links to the privacy page, which shows every retention rule (375 px)", async ({
  newContext,
  artifacts,
}) => {
  const context = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/signup");
  await hydrated(page);
  await page.getByRole("link", { name: "How we handle your data" }).click();
  await page.waitForURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data at Rentline");
  const rules = page.getByTestId("retention-rules").locator("[data-rule]");
  await expect(rules).toHaveCount(RETENTION_POLICY.length);
  expect(await rules.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-rule")))).toEqual(
    RETENTION_POLICY.map((r) => r.id),
  );
  const closed = page.locator('[data-rule="application_closed"]');
  await expect(closed.getByRole("heading")).toHaveText("Applications that were not accepted");
  await expect(closed).toContainText("90 days");
  await expect(closed).toContainText("when the application is withdrawn or rejected");
  await expect(closed).toContainText("CNIL, “gestion locative” (rental management) guidelines (2021)");
  await expect(page.locator('[data-rule="application_confirmed"]')).toContainText("12 months");
  await expect(page.locator('[data-rule="audit_archive"]')).toContainText("10 years");
  await expect(page.locator('[data-rule="one_time_links"]')).toContainText("None: deleted at once");
  // The controller by name, and where to write about one's data (GDPR art. 13(1)(a); wrangler.toml vars).
  await expect(page.getByRole("region", { name: "Who is responsible" })).toContainText(
    "Rentline, the publisher of rentline.app, is the controller",
  );
  await expect(page.getByRole("link", { name: "privacy@rentline.app" })).toHaveAttribute(
    "href",
    "mailto:privacy@rentline.app",
  );
  await expect(page.getByRole("link", { name: "My account: copy and erasure of my data" })).toHaveAttribute(
    "href",
    "/account",
  );
  expect(await overflowsHorizontally(page)).toBe(false);
  await page.screenshot({ path: `${artifacts}privacy-375-en.png`, fullPage: true });
});

test("the privacy page in French at 1280 px, in Hebrew and Ukrainian on a phone, with no English left", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const desktop = await newContext({ viewport: { width: 1280, height: 900 } });
  await desktop.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  const page = await desktop.newPage();
  await page.goto("/privacy");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.privacy.pageTitle);
  await expect(page.locator('[data-rule="application_closed"]')).toContainText("90 jours");
  await expect(page.locator('[data-rule="audit_archive"]')).toContainText(fr.privacy.sources.code_commerce_l123_22);
  expect(await englishTextOn(page)).toEqual([]);
  await page.screenshot({ path: `${artifacts}privacy-1280-fr.png`, fullPage: true });

  for (const [code, messages] of [
    ["he", he],
    ["uk", uk],
  ] as const) {
    const phone = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await phone.addCookies([{ name: "rl_lang", value: code, url: baseURL }]);
    const p = await phone.newPage();
    await p.goto("/privacy");
    await hydrated(p);
    await expect(p.locator("html")).toHaveAttribute("lang", code);
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(messages.privacy.pageTitle);
    await expect(p.locator('[data-rule="sessions"] h3')).toHaveText(messages.privacy.rules.sessions.what);
    expect(await englishTextOn(p)).toEqual([]);
    expect(await overflowsHorizontally(p)).toBe(false);
    await p.screenshot({ path: `${artifacts}privacy-375-${code}.png`, fullPage: true });
  }
});
