import { expect, test } from "../fixtures";
import {
  addRenterThroughUi,
  apartmentFor,
  followTopNav,
  monthsCharged,
  openTab,
  orgMonth,
  signUpLandlord,
} from "../flows";

// Rent in two browsers: the daily cron charges the lease; the landlord's dashboard shows expected vs
// collected and the overdue lease; the renter's balance goes down live when the landlord confirms the
// payment the renter reported; a paid month offers its receipt.
test("rent: the dashboard shows the figures, the renter's balance updates live, a paid month has its receipt", async ({
  newContext,
  baseURL,
}) => {
  const landlordContext = await newContext();
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Rent Live Lettings" });
  // Receipts name the landlord's legal identity (issue 13 §8): the owner enters it on the settings page.
  await followTopNav(landlord, "Settings");
  const identity = landlord.locator("form", { has: landlord.locator('input[name="intent"][value="identity"]') });
  await identity.getByLabel("Legal name of the landlord").fill("SCI Rent Live");
  await identity.getByLabel("Address").fill("1 Place Bellecour");
  await identity.getByLabel("Postcode").fill("69002");
  await identity.getByLabel("City").fill("Lyon");
  await identity.getByRole("button", { name: "Save" }).click();
  await identity.getByText("Rent receipts can be issued.").waitFor();
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rémi Rentier" });

  // The 06:00 cron (wrangler's --test-scheduled endpoint) charges every month since the lease started.
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const month = orgMonth();
  const months = monthsCharged(month);
  const owed = `€${(850 * months).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
  const amountDue = renter.getByTestId("balance-card").getByTestId("amount-due");

  await renter.goto(`/homes/${apartmentId}`);
  await expect(amountDue).toHaveText(owed);
  // The feed where a renter reports a payment is on the home's Chat tab.
  await openTab(renter, "Chat");
  await renter.getByTestId("room-status").getByText("Live").waitFor();

  await landlord.goto("/rent");
  await landlord.getByTestId("rent-totals").getByText("€850.00").first().waitFor();
  await landlord
    .getByTestId("overdue")
    .getByText(/Rémi Rentier/)
    .waitFor();
  await landlord.getByTestId("rent-chart").waitFor();

  // The renter reports January's rent; the landlord confirms it; the renter's balance drops live.
  await renter.getByLabel(/What happened/).fill("Paid January by transfer");
  await renter.getByLabel(/Amount/).fill("850.00");
  await renter.getByLabel(/Period/).fill(`${month.slice(0, 4)}-01`);
  await renter.getByRole("button", { name: "Post to the feed" }).click();
  await renter.locator("[data-activity-id]", { hasText: "Paid January by transfer" }).waitFor();
  // Back on Rent, the renter waits for the confirmation: the tab keeps the money live.
  await openTab(renter, "Rent");
  await renter.getByTestId("pending-payments").getByText("€850.00").waitFor();
  await landlord.goto(`/apartments/${apartmentId}?tab=chat`);
  // A click before the page has hydrated does nothing: wait until its room is live (the app has taken over).
  await landlord.getByTestId("room-status").getByText("Live", { exact: true }).waitFor();
  const item = landlord.locator("[data-activity-id]", { hasText: "Paid January by transfer" });
  await item.getByRole("button", { name: "Confirm" }).click();
  const less = `€${(850 * (months - 1)).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
  await expect(amountDue).toHaveText(less);
  await expect(renter.getByTestId("pending-payments")).toHaveCount(0);

  // January is paid: its receipt downloads (rendered on the queue on first request).
  // The renter's home lists the months on its balance card (once: no ledger table there).
  const receipt = renter.getByTestId("balance-periods").getByRole("link", { name: "Receipt" });
  await receipt.waitFor();
  const href = await receipt.getAttribute("href");
  const get = () => renter.context().request.get(`${baseURL}${href}`);
  let res = await get();
  for (let i = 1; i < 30 && res.status() === 202; i++) {
    await new Promise((r) => setTimeout(r, 500));
    res = await get();
  }
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A landlord's credit shows on the renter's side live too.
  // The adjustment form is on the Overview tab and opens when asked for (issue 14 §3).
  await landlord
    .getByRole("navigation", { name: "Apartment sections" })
    .getByRole("link", { name: /^Overview/ })
    .click();
  await landlord.getByText("Add an adjustment", { exact: true }).click();
  await landlord.getByLabel("Adjustment", { exact: true }).selectOption("credit");
  await landlord.getByLabel(/^Amount \(EUR\)/).fill("50.00");
  await landlord.getByLabel("Reason").fill("Broken shower");
  await landlord.getByRole("button", { name: "Add adjustment" }).click();
  const credited = `€${(850 * (months - 1) - 50).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
  await expect(amountDue).toHaveText(credited);
});
