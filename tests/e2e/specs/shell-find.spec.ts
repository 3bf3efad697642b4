import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { en } from "../../../app/i18n/messages/en";
import { expect, hydrated, test } from "../fixtures";
import { followTopNav, PASSWORD, publishedListing, verifiedAccount } from "../flows";
import { overflowsHorizontally } from "../untranslated";

// Issue 14 §4 and §5: a phone-first shell (the side's own destinations in a bottom tab bar and a More sheet
// on phones, a top bar on desktops, a switch for who is both landlord and renter) and finding a home (search
// on the home page, cards with the first photo, a let listing's page that says so and offers similar ones).

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const SIZES = [
  ["375", PHONE],
  ["1280", DESKTOP],
] as const;
const nav = en.navigation;

/** Where the screenshots for review go (gitignored). */
async function screenshot(page: Page, artifacts: string, name: string) {
  mkdirSync(`${artifacts}screens`, { recursive: true });
  await hydrated(page);
  await page.screenshot({ path: `${artifacts}screens/${name}.png`, fullPage: true });
}

/** No serious or critical accessibility violation on the page as it is now. */
async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const cityName = () => `Annecy-${Math.random().toString(36).slice(2, 7)}`;

async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel(en.auth.login.email).fill(email);
  await page.getByLabel(en.auth.login.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: en.auth.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

for (const [size, device] of SIZES) {
  test(`a visitor finds a listing from the home page search (${size} px)`, async ({
    baseURL,
    newContext,
    artifacts,
  }) => {
    const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Lac Lettings" });
    const city = cityName();
    const title = `Deux pièces au bord du lac ${size}`;
    await publishedListing(baseURL, landlord.token, { title, city });

    const page = await (await newContext(device)).newPage();
    await page.goto("/");
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.findHome.search.heading);
    await expect(page.getByRole("link", { name: en.findHome.nav })).toBeVisible();
    await expect(page.getByTestId("newest-listings").getByTestId("listing-card").first()).toBeVisible();
    expect(await overflowsHorizontally(page)).toBe(false);
    await axeClean(page);
    await screenshot(page, artifacts, `home-${size}`);

    const search = page.getByRole("search", { name: en.findHome.search.form });
    await search.getByLabel(en.findHome.search.city).fill(city.toLowerCase());
    await search.getByRole("button", { name: en.findHome.search.submit }).click();
    await page.waitForURL((url) => url.pathname === "/listings" && url.searchParams.get("city") === city.toLowerCase());
    await page.getByTestId("result-count").getByText("1 listing").waitFor();
    const card = page.getByRole("link", { name: new RegExp(title) });
    // The card: price with charges, area, rooms, city and availability.
    await expect(card).toContainText(/850\.00.*month.*60\.00.*charges/);
    await expect(card).toContainText(city);
    await expect(card.getByTestId("card-facts")).toHaveText(/45 m².*2 rooms/);
    // The other filters are folded: the form is short on a phone.
    await expect(page.getByLabel(en.listings.search.areaMin)).toBeHidden();
    expect(await overflowsHorizontally(page)).toBe(false);
    await card.click();
    await page.waitForURL(/\/listings\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
}

test("the bottom tab bar shows the side's destinations and its More sheet works with the keyboard", async ({
  baseURL,
  newContext,
  artifacts,
}) => {
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Tab Lettings" });
  const phone = await (await newContext(PHONE)).newPage();
  await signIn(phone, landlord.email);
  await phone.waitForURL(/\/dashboard/);
  await hydrated(phone);
  const tabs = phone.getByRole("navigation", { name: nav.tabBar });
  await expect(tabs).toBeVisible();
  await expect(phone.getByRole("navigation", { name: en.shell.mainNavigation })).toBeHidden();
  for (const key of ["dashboard", "rent", "listings", "team"] as const)
    await expect(tabs.getByRole("link", { name: nav.tabs[key] })).toBeVisible();
  await expect(tabs.getByRole("link", { name: nav.tabs.dashboard })).toHaveAttribute("aria-current", "page");
  // A landlord's navigation has no renter item (the dashboard's own "Applications" figure is the landlord's list).
  for (const key of ["homes", "findHome", "applications"] as const)
    await expect(tabs.getByRole("link", { name: nav.tabs[key] })).toHaveCount(0);
  expect(await overflowsHorizontally(phone)).toBe(false);
  // Nothing hides behind the bar: the page's end is above it.
  const bar = await tabs.boundingBox();
  expect(bar!.y + bar!.height).toBeLessThanOrEqual(740 + 1);
  await screenshot(phone, artifacts, "shell-landlord-375");

  // The keyboard reaches the page's content before the bottom tab bar (the bar follows <main> in the DOM).
  await phone.goto("/dashboard");
  const reached = async () =>
    phone.evaluate((bar) => {
      const el = document.activeElement;
      return el?.closest("main") ? "main" : el?.closest(`nav[aria-label="${bar}"]`) ? "tab bar" : "";
    }, nav.tabBar);
  let first = "";
  for (let i = 0; i < 30 && !first; i++) {
    await phone.keyboard.press("Tab");
    first = await reached();
  }
  expect(first, "the first of main and the tab bar that Tab reaches").toBe("main");

  // The More sheet opens and closes from the keyboard, and focus comes back to "More".
  const more = tabs.getByRole("button", { name: nav.more });
  await more.focus();
  await phone.keyboard.press("Enter");
  const sheet = phone.getByRole("dialog", { name: nav.moreTitle });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("link", { name: nav.items.account })).toBeVisible();
  await expect(sheet.getByRole("button", { name: en.shell.signOut })).toBeVisible();
  await axeClean(phone);
  await screenshot(phone, artifacts, "shell-more-375");
  await phone.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(more).toBeFocused();
  await phone.keyboard.press("Enter");
  await expect(sheet).toBeVisible();
  await sheet.getByRole("link", { name: nav.items.account }).focus();
  await phone.keyboard.press("Enter");
  await phone.waitForURL(/\/account$/);
  await expect(sheet).toBeHidden();
  await expect(more).toBeVisible();

  // On a desktop, the top bar shows everything and no tab bar.
  const desktop = await (await newContext(DESKTOP)).newPage();
  await signIn(desktop, landlord.email);
  await desktop.waitForURL(/\/dashboard/);
  await hydrated(desktop);
  const top = desktop.getByRole("navigation", { name: en.shell.mainNavigation });
  await expect(top.getByRole("link", { name: nav.items.dashboard })).toHaveAttribute("aria-current", "page");
  // The rest is one click away under "More".
  await top.locator("summary").click();
  await expect(top.getByRole("link", { name: nav.items.account })).toBeVisible();
  await expect(desktop.getByRole("navigation", { name: nav.tabBar })).toBeHidden();
  await axeClean(desktop);
  await screenshot(desktop, artifacts, "shell-landlord-1280");
});

test("a person who is both landlord and renter switches sides", async ({ baseURL, newContext, artifacts }) => {
  // A renter who then creates an org: both sides.
  const person = await verifiedAccount(baseURL, { accountType: "renter" });
  const org = await fetch(`${baseURL}/api/orgs`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${person.token}` },
    body: JSON.stringify({ name: "Side Lettings" }),
  });
  expect(org.status).toBe(201);

  const desktop = await (await newContext(DESKTOP)).newPage();
  await signIn(desktop, person.email);
  await desktop.waitForURL(/\/dashboard/);
  await hydrated(desktop);
  const top = desktop.getByRole("navigation", { name: en.shell.mainNavigation });
  await expect(top.getByRole("link", { name: nav.items.dashboard })).toBeVisible();
  await expect(top.getByRole("link", { name: nav.items.homes })).toHaveCount(0);
  await desktop.getByRole("button", { name: nav.switchTo.renter }).click();
  await desktop.waitForURL(/\/homes$/);
  await expect(top.getByRole("link", { name: nav.items.homes })).toHaveAttribute("aria-current", "page");
  await expect(top.getByRole("link", { name: nav.items.findHome })).toBeVisible();
  await expect(top.getByRole("link", { name: nav.items.dashboard })).toHaveCount(0);
  // A page of both sides keeps the side chosen.
  await followTopNav(desktop, nav.items.account);
  await desktop.waitForURL(/\/account$/);
  await expect(top.getByRole("link", { name: nav.items.homes })).toBeVisible();
  await screenshot(desktop, artifacts, "shell-renter-1280");

  const phone = await (await newContext(PHONE)).newPage();
  await signIn(phone, person.email);
  await phone.goto("/homes");
  await hydrated(phone);
  const tabs = phone.getByRole("navigation", { name: nav.tabBar });
  await expect(tabs.getByRole("link", { name: nav.tabs.findHome })).toBeVisible();
  await screenshot(phone, artifacts, "shell-renter-375");
  await tabs.getByRole("button", { name: nav.more }).click();
  const sheet = phone.getByRole("dialog", { name: nav.moreTitle });
  await sheet.getByRole("button", { name: nav.switchTo.landlord }).click();
  await phone.waitForURL(/\/dashboard$/);
  await expect(tabs.getByRole("link", { name: nav.tabs.dashboard })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: nav.tabs.homes })).toHaveCount(0);
});

for (const [size, device] of SIZES) {
  test(`a let listing's URL says so and offers similar listings (${size} px)`, async ({
    baseURL,
    newContext,
    artifacts,
    expectPageError,
  }) => {
    // The browser logs the page's own status (410 Gone, on purpose: search engines drop the URL).
    expectPageError(/status of 410/);
    const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Let Lettings" });
    const city = cityName();
    const let_ = await publishedListing(baseURL, landlord.token, { title: `Loué ${size}`, city });
    await publishedListing(baseURL, landlord.token, { title: `Encore libre ${size}`, city });
    const closed = await fetch(`${baseURL}/api/listings/${let_}/close`, {
      method: "POST",
      headers: { authorization: `Bearer ${landlord.token}` },
    });
    expect(closed.status).toBe(200);

    const page = await (await newContext(device)).newPage();
    const res = await page.goto(`/listings/${let_}`);
    expect(res?.status()).toBe(410);
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.findHome.closed.title);
    await expect(page.getByTestId("listing-closed")).toContainText(`Loué ${size}`);
    const similar = page.getByTestId("similar-listings");
    await expect(similar.getByRole("link", { name: new RegExp(`Encore libre ${size}`) })).toBeVisible();
    await expect(similar.getByRole("link")).toHaveCount(1);
    expect(await overflowsHorizontally(page)).toBe(false);
    await axeClean(page);
    await screenshot(page, artifacts, `closed-listing-${size}`);
    await similar.getByRole("link").click();
    await page.waitForURL(/\/listings\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Encore libre ${size}`);
  });
}

test("a signed-in renter keeps the bottom tab bar on the public listings; a visitor has none", async ({
  baseURL,
  newContext,
  artifacts,
}) => {
  const renter = await verifiedAccount(baseURL, { accountType: "renter", locale: "en" });
  const phone = await (await newContext(PHONE)).newPage();
  await signIn(phone, renter.email);
  await phone.goto("/listings");
  const tabs = phone.getByRole("navigation", { name: nav.tabBar });
  await expect(tabs).toBeVisible();
  await expect(tabs.getByRole("link", { name: nav.tabs.findHome })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: nav.tabs.homes })).toBeVisible();
  expect(await overflowsHorizontally(phone)).toBe(false);
  // Nothing hides behind the bar: the page's end scrolls above it.
  await phone.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const bar = await tabs.boundingBox();
  const end = await phone.locator("main").evaluate((m) => m.lastElementChild?.getBoundingClientRect().bottom ?? 0);
  expect(end).toBeLessThanOrEqual(bar!.y + 1);
  await screenshot(phone, artifacts, "listings-renter-375");

  const visitor = await (await newContext(PHONE)).newPage();
  await visitor.goto("/listings");
  await visitor.getByRole("heading", { level: 1 }).waitFor();
  await expect(visitor.getByRole("navigation", { name: nav.tabBar })).toHaveCount(0);
});
