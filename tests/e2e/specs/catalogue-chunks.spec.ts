import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// The browser loads the catalogue a namespace at a time (app/i18n/namespaces.ts). A chunk that will not load
// (a deploy replaced the assets under an open page, a dropped request on a phone) reloads the page once, the
// way React Router recovers from a route module it cannot import. So does the code of a part of a page that
// loads when opened (app/lib/lazy-part.tsx: a tab, a form in a disclosure).

/** Fails the first request for the chunk of `namespace` (any language); lets the next ones through. */
async function dropFirstChunk(page: Page, namespace: string) {
  let dropped = 0;
  await page.route(new RegExp(`/assets/catalogue-[a-z]+-${namespace}-[\\w-]+\\.js$`), async (route) => {
    if (dropped++ === 0) return route.abort("failed");
    return route.continue();
  });
  return () => dropped;
}

/** How many times the page requested its document (the first load and each reload; each before its scripts). */
function documentLoads(page: Page) {
  let loads = 0;
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++;
  });
  return () => loads;
}

test("a catalogue chunk that fails before hydration: the page loads again once and hydrates", async ({
  newContext,
  expectPageError,
}) => {
  expectPageError(/Failed to load resource|Failed to fetch dynamically imported module/);
  const page = await (await newContext()).newPage();
  const dropped = await dropFirstChunk(page, "home");
  const loads = documentLoads(page);
  await page.goto("/");
  await hydrated(page);
  expect(dropped()).toBe(2);
  expect(loads()).toBe(2);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a catalogue chunk that fails on a navigation: the page loads again once, then works", async ({
  newContext,
  expectPageError,
}) => {
  expectPageError(/Failed to load resource|Failed to fetch dynamically imported module/);
  const page = await (await newContext()).newPage();
  await page.goto("/");
  await hydrated(page);
  const dropped = await dropFirstChunk(page, "auth");
  await page.evaluate(() =>
    (
      window as unknown as { __reactRouterDataRouter: { navigate: (to: string) => Promise<void> } }
    ).__reactRouterDataRouter.navigate("/login"),
  );
  await page.waitForURL(/\/login$/);
  await hydrated(page);
  await expect(page.locator("input[type=email]")).toBeVisible();
  // The dropped request, then the chunk again (a render may ask before the reload starts, then the reload).
  expect(dropped()).toBeGreaterThanOrEqual(2);
});

test("a tab whose code fails to load when opened: the page loads again once and shows it", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  expectPageError(/Failed to load resource|Failed to fetch dynamically imported module/);
  const context = await newContext();
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Dropped Chunk Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  await page.goto(`/apartments/${apartmentId}`);
  await hydrated(page);
  let dropped = 0;
  await page.route(/\/assets\/leases-panel-[\w-]+\.js$/, (route) =>
    dropped++ === 0 ? route.abort("failed") : route.continue(),
  );
  const loads = documentLoads(page);
  await page.getByTestId("section-tabs").getByRole("link", { name: "Leases", exact: true }).click();
  await expect(page.getByLabel("Renter email")).toBeVisible();
  await hydrated(page);
  expect(dropped).toBeGreaterThanOrEqual(2);
  expect(loads()).toBe(1);
});
