import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, orgMonth, signUpLandlord } from "../flows";

// Issue 14 §2 in two browsers: the landlord has the dashboard open; the renter reports a payment from their
// own session; the "to confirm" figure changes live (no reload); the landlord confirms it right there and
// the collected figure rises. Screenshots at 1280 and 375 px go to artifacts/screens/.

/** No serious or critical accessibility violation on the page as it is now. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("dashboard: a reported payment appears live, the landlord confirms it there and collected rises", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const landlordContext = await newContext({ viewport: { width: 1280, height: 900 } });
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Dashboard Live Lettings" });
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  const { renterContext } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rémi Rentier" });
  // The 06:00 cron charges every month since the lease started (1 January).
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const month = orgMonth();

  await landlord.goto("/dashboard");
  await hydrated(landlord);
  await landlord.getByTestId("live-status").getByText("Updating live").waitFor();
  const toConfirm = landlord.getByTestId("figure-to-confirm-value");
  const collected = landlord.getByTestId("figure-collected-EUR-value");
  await expect(landlord.getByTestId("figure-expected-EUR-value")).toHaveText("€850.00");
  await expect(toConfirm).toHaveText("0");
  await expect(collected).toHaveText("€0.00");
  // Marks this document: a reload would lose the mark.
  await landlord.evaluate(() => document.documentElement.setAttribute("data-no-reload", "yes"));

  // The renter reports this month's rent from their own browser session (the API the renter's page posts to).
  const reported = await renterContext.request.post(`${baseURL}/api/apartments/${apartmentId}/activities`, {
    data: { description: "Paid by transfer", amount: 85000, period: month },
    headers: { origin: baseURL },
  });
  expect(reported.status()).toBe(201);
  await expect(toConfirm).toHaveText("1");
  const row = landlord.getByTestId("payment-to-confirm");
  await row.getByText("Rémi Rentier reported €850.00").waitFor();
  await expect(landlord.locator("html")).toHaveAttribute("data-no-reload", "yes");
  await landlord.screenshot({ path: `${artifacts}screens/dashboard-1280.png`, fullPage: true });
  await expectAccessible(landlord);

  await row.getByRole("button", { name: "Confirm the payment of €850.00 reported by Rémi Rentier" }).click();
  await expect(toConfirm).toHaveText("0");
  await expect(collected).toHaveText("€850.00");
  await landlord.getByText("No payment is waiting for your confirmation.").waitFor();
  await expect(landlord.locator("html")).toHaveAttribute("data-no-reload", "yes");

  // A phone: nothing wider than the screen; the figures still link to their lists.
  await landlord.setViewportSize({ width: 375, height: 800 });
  await landlord.reload();
  await hydrated(landlord);
  await landlord.getByTestId("live-status").getByText("Updating live").waitFor();
  const overflow = await landlord.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page is ${overflow}px wider than the phone screen`).toBeLessThanOrEqual(1);
  await landlord.screenshot({ path: `${artifacts}screens/dashboard-375.png`, fullPage: true });
  await expectAccessible(landlord);
  await landlord.getByTestId("figure-collected-EUR").click();
  await landlord.waitForURL(/\/rent$/);
});
