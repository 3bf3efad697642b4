import { en } from "../../../app/i18n/messages/en";
import { fr } from "../../../app/i18n/messages/fr";
import { he as hebrew } from "../../../app/i18n/messages/he";
import { isolateArguments } from "../../../app/i18n/isolate-arguments";
import { uk } from "../../../app/i18n/messages/uk";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, signUpLandlord } from "../flows";

// The Hebrew catalogue as pages speak it: arguments isolated (app/i18n/isolate-arguments.ts).
const he = isolateArguments(hebrew);

// The quality floor (issue 14): the pages hydrate without a warning (the fixtures fail a test on any console
// error, and the suite runs React's development runtime, which reports hydration mismatches), the CSP nonce
// is the same on the server's elements and the browser's, and error pages have a title, in every language.

const CATALOGUES = { fr, en, uk, he } as const;

test("the CSP nonce: every element React Router stamps carries the header's nonce, and hydration agrees", async ({
  newContext,
}) => {
  const page = await (await newContext()).newPage();
  const response = await page.goto("/login");
  const csp = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, "the page's CSP names a nonce").toBeTruthy();
  // Browsers hide the attribute's value once parsed; the `nonce` property keeps it.
  const stamped = await page
    .locator("script[nonce], link[nonce]")
    .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).nonce));
  expect(stamped.length).toBeGreaterThan(2);
  expect(new Set(stamped)).toEqual(new Set([nonce]));
  // Hydrated: a client-side navigation works (the fixtures have seen no hydration warning on the way).
  await page.getByRole("link", { name: "Sign up", exact: true }).click();
  await page.waitForURL(/\/signup/);
});

for (const lang of ["fr", "en", "uk", "he"] as const) {
  test(`error pages have a title, and the rent page hydrates, in ${lang}`, async ({
    newContext,
    baseURL,
    expectPageError,
  }) => {
    const t = CATALOGUES[lang];
    const context = await newContext();
    const page = await context.newPage();
    await signUpLandlord(page, { orgName: `Floor ${lang}` });
    await context.addCookies([{ name: "rl_lang", value: lang, url: baseURL }]);

    // A URL no route matches (outside the app shell) and a missing apartment (inside it): both say so in a
    // title of their own. The browser logs the 404 answers themselves: that is what this test asks for.
    expectPageError("status of 404");
    const notFound = t.shell.pageTitle.replace("{title}", t.errors.notFound.title);
    await page.goto("/no-such-page");
    await expect(page).toHaveTitle(notFound);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
    await page.goto("/apartments/00000000-0000-7000-8000-000000000000");
    await expect(page).toHaveTitle(notFound);

    // The rent page of an org with no lease yet (its empty state), and of a chosen month.
    await page.goto("/rent");
    await expect(page).toHaveTitle(t.shell.pageTitle.replace("{title}", t.rent.title));
    await page.getByText(t.rent.emptyTitle).waitFor();
    await page.goto("/rent?month=2026-01");
    await page.getByText(t.rent.emptyTitle).waitFor();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
  });
}

test("the rent page with figures (totals, overdue, 12-month chart) hydrates in every language, phone and desktop", async ({
  newContext,
  baseURL,
}) => {
  const setup = await newContext();
  const landlord = await setup.newPage();
  await signUpLandlord(landlord, { orgName: "Floor Figures" });
  const apartmentId = await apartmentFor(setup, baseURL);
  await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Roxane Rentière" });
  // The 06:00 cron charges every month since the lease started: money expected, overdue, a history.
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const cookies = await setup.cookies();

  for (const lang of ["fr", "en", "uk", "he"] as const) {
    for (const width of [375, 1280]) {
      const context = await newContext({ viewport: { width, height: 900 } });
      await context.addCookies([...cookies, { name: "rl_lang", value: lang, url: baseURL }]);
      const page = await context.newPage();
      await page.goto("/rent");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await page.getByTestId("rent-totals").waitFor();
      await page.getByTestId("overdue").getByText("Roxane Rentière").waitFor();
      await page.getByTestId("rent-chart").waitFor();
      await expect(page).toHaveTitle(CATALOGUES[lang].shell.pageTitle.replace("{title}", CATALOGUES[lang].rent.title));
      // Hydrated, with nothing reported on the way (the fixtures fail the test on any warning).
      await hydrated(page);
      await context.close();
    }
  }
});
