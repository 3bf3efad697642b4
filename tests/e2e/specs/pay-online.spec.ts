import { mkdirSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, monthsCharged, orgMonth, signUpLandlord } from "../flows";

// Issue 14's bar "renter pays online": the renter, on a phone (375 px), pays this month's rent with "Pay
// online"; the checkout is the suite's local fake Stripe (tests/e2e/fake-stripe.mjs), which sends the signed
// checkout.session.completed webhook to the worker and redirects back. The renter's amount due drops and
// the landlord's dashboard (1280 px, open all along) shows the money collected live, without reloading.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const euros = (n: number) => `€${n.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

/**
 * The page at `path` in French (the `rl_lang` cookie), full-page at 375 and 1280 px, into
 * `artifacts/screens/<name>-fr-<width>.png`, with nothing wider than the screen.
 */
async function frenchScreens(
  { context, page, baseURL, screens }: { context: BrowserContext; page: Page; baseURL: string; screens: string },
  path: string,
  name: string,
) {
  await context.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} in French at ${viewport.width} px overflows sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screens}${name}-fr-${viewport.width}.png`, fullPage: true });
  }
}

test("a renter pays online on a phone; the landlord's dashboard shows it collected, live", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const screens = `${artifacts}screens/`;
  mkdirSync(screens, { recursive: true });
  const landlordContext = await newContext({ viewport: DESKTOP });
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Online Rent Lettings" });
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  const { renter, renterContext } = await addRenterThroughUi({
    landlord,
    newContext,
    apartmentId,
    name: "Olga Online",
  });
  await renter.setViewportSize(PHONE);
  // The 06:00 cron charges every month since the lease started (1 January).
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const month = orgMonth();
  const months = monthsCharged(month);

  await landlord.goto("/dashboard");
  await hydrated(landlord);
  await landlord.getByTestId("live-status").getByText("Updating live").waitFor();
  const collected = landlord.getByTestId("figure-collected-EUR-value");
  await expect(collected).toHaveText("€0.00");
  // Marks this document: a reload would lose the mark.
  await landlord.evaluate(() => document.documentElement.setAttribute("data-no-reload", "yes"));

  await renter.goto(`/homes/${apartmentId}`);
  await hydrated(renter);
  const card = renter.getByTestId("balance-card");
  await expect(card.getByTestId("amount-due")).toHaveText(euros(850 * months));
  const pay = card.getByRole("form", { name: "Pay online" });
  await pay.getByLabel("Pay", { exact: true }).selectOption(month);
  await pay.getByRole("button", { name: "Pay online" }).click();

  // The hosted checkout (the fake Stripe): the month's rent, paid with one button.
  await renter.waitForURL(/\/pay\/cs_test_/);
  await expect(renter.getByTestId("checkout-amount")).toHaveText("€850.00");
  await renter.getByRole("button", { name: "Pay €850.00" }).click();

  // Back home: told it went through, the amount due is one month less.
  await renter.waitForURL((url) => url.pathname === `/homes/${apartmentId}` && url.search === "?payment=success");
  await hydrated(renter);
  await renter.getByRole("status").getByText("Payment received: thank you.").waitFor();
  await expect(renter.getByTestId("balance-card").getByTestId("amount-due")).toHaveText(euros(850 * (months - 1)));

  // The landlord's dashboard, open all along: collected rises without a reload.
  await expect(collected).toHaveText("€850.00");
  await expect(landlord.locator("html")).toHaveAttribute("data-no-reload", "yes");

  // The same three screens in French, at both sizes, for review.
  const asLandlord = { context: landlordContext, page: landlord, baseURL, screens };
  await frenchScreens(asLandlord, "/dashboard", "dashboard");
  await frenchScreens(asLandlord, `/apartments/${apartmentId}`, "apartment");
  await frenchScreens(
    { context: renterContext, page: renter, baseURL, screens },
    `/homes/${apartmentId}`,
    "renter-home",
  );
});
