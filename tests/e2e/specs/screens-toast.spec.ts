import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord, unique } from "../flows";

// Issue 14 follow-ups on the landlord's everyday screens: one way to confirm an action (a toast: role=status,
// dismissable, on screen at 375 px above the tab bar); a vacant apartment offers "Add a renter" and a let one
// only "Add a co-renter"; a running lease's charges change from its Lease section (a French rule refused next
// to the field, then saved with a toast); the top bar stays on one line at 1024 and 1280 px in French and
// Ukrainian. Screenshots for review in tests/e2e/artifacts/screens/.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** The toast saying `text`: in the live region, then dismissed with its button. */
async function toastSays(page: Page, text: string, { dismiss = true } = {}) {
  const toast = page.getByTestId("toast").filter({ hasText: text });
  await toast.waitFor();
  await expect(page.getByRole("status").filter({ has: toast })).toHaveAttribute("aria-live", "polite");
  if (dismiss) {
    await toast.getByRole("button").click();
    await expect(toast).toHaveCount(0);
  }
  return toast;
}

test("toast, add renter vs co-renter, lease charges, one-line top bar", async ({
  newContext,
  baseURL,
  artifacts,
  expectPageError,
}) => {
  test.setTimeout(240_000);
  const context = await newContext({ viewport: DESKTOP });
  const landlord = await context.newPage();
  await signUpLandlord(landlord, { orgName: "Toast Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);

  // Vacant: starting a lease is the thing to do (open at once); no co-renter without a lease.
  await landlord.goto(`/apartments/${apartmentId}?tab=leases`);
  await hydrated(landlord);
  const lease = landlord.locator("#lease");
  await expect(lease.getByText("Add a co-renter", { exact: true })).toHaveCount(0);
  const form = landlord.getByRole("form", { name: "Add a renter" });
  await form.getByLabel("Renter email").fill(unique("renter"));
  await form.getByLabel("Lease start").fill("2026-01-01");
  await form.getByRole("button", { name: "Add renter" }).click();
  await toastSays(landlord, "Invitation sent.");

  // Let: a co-renter, not a second lease.
  await lease.getByText("Add a co-renter", { exact: true }).waitFor();
  await expect(lease.getByText("Add a renter", { exact: true })).toHaveCount(0);
  await expect(landlord.getByRole("form", { name: "Add a renter" })).toHaveCount(0);

  // The charges of the running lease: flat charges on an unfurnished lease in France are refused by the field
  // (the action answers 422, which the browser logs).
  expectPageError("status of 422");
  await lease.getByText("Change the charges", { exact: true }).click();
  const charges = lease.getByRole("form", { name: "Monthly charges of the lease" });
  await charges.getByLabel("Charges per month (EUR)").fill("60.00");
  await charges.getByLabel("Charges", { exact: true }).selectOption("flat");
  await charges.getByRole("button", { name: "Save the charges" }).click();
  await charges.getByText(/flat amount is for furnished leases only/).waitFor();
  await charges.getByLabel("Charges", { exact: true }).selectOption("provision");
  // React Router hands over the action's answer before the page's loaders have revalidated: hold that
  // revalidation, so a toast built from the page's data before the save ("€0.00") would show now, every time.
  let heldRevalidation!: () => void;
  const revalidating = new Promise<void>((resolve) => (heldRevalidation = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await landlord.route(
    (url) => url.pathname.endsWith(".data"),
    async (route) => {
      if (route.request().method() !== "GET") return route.continue();
      heldRevalidation();
      await released;
      await route.continue();
    },
  );
  await charges.getByRole("button", { name: "Save the charges" }).click();
  await revalidating;
  await landlord.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await expect(landlord.getByTestId("toast")).toHaveCount(0);
  release();
  await landlord.unrouteAll({ behavior: "wait" });
  // The toast stays while the pointer is on it; at 375 px it sits above the tab bar, inside the screen.
  const toast = await toastSays(landlord, "Charges updated: €60.00 a month from the next rent.", { dismiss: false });
  await lease
    .getByText(/€60\.00/)
    .first()
    .waitFor();
  await landlord.setViewportSize(PHONE);
  const box = (await toast.boundingBox())!;
  const bar = (await landlord.getByRole("navigation", { name: "Quick navigation" }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
  await landlord.screenshot({ path: `${artifacts}screens/toast-375.png` });
  await toast.getByRole("button", { name: "Dismiss notification" }).click();
  await expect(toast).toHaveCount(0);

  // The top bar on one line at 1024 and 1280 px, in French and Ukrainian.
  for (const [lang, name] of [
    ["fr", "Français"],
    ["uk", "Українська"],
  ] as const) {
    await landlord.setViewportSize(DESKTOP);
    await landlord.locator("#language-select").selectOption(lang);
    await landlord.locator(`html[lang="${lang}"][data-hydrated]`).waitFor({ state: "attached" });
    await expect(landlord.locator("#language-select")).toHaveValue(lang);
    for (const width of [1024, 1280]) {
      await landlord.setViewportSize({ width, height: 900 });
      const header = landlord.locator("header").first();
      const logo = (await header.getByRole("link").first().boundingBox())!;
      const select = (await header.locator("#language-select").boundingBox())!;
      const nav = (await header.getByTestId("desktop-nav").boundingBox())!;
      const headerBox = (await header.boundingBox())!;
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      const where = `${name} at ${width} px`;
      expect(Math.abs(middle(select) - middle(logo)), `${where}: the language switcher wrapped`).toBeLessThan(8);
      expect(Math.abs(middle(nav) - middle(logo)), `${where}: the navigation wrapped`).toBeLessThan(8);
      expect(headerBox.height, `${where}: the top bar is more than one line`).toBeLessThan(72);
      const overflow = await landlord.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${where} overflows sideways`).toBeLessThanOrEqual(0);
      await landlord.screenshot({ path: `${artifacts}screens/apartment-${lang}-${width}.png`, fullPage: true });
    }
  }
  await landlord.setViewportSize(PHONE);
  await landlord.screenshot({ path: `${artifacts}screens/apartment-uk-375.png`, fullPage: true });
});
