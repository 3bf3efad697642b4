import { expect, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, signUpLandlord } from "../flows";

// Issue 14 §3, the apartment at a glance on a phone: a let apartment with a ledger is a short page whose forms
// open only when asked (the adjustment, the move-out, the new agreement), each opening with the focus in it;
// "Record a payment" comes with the oldest unpaid month and its amount, and warns of an overpayment only once
// an amount above what is due is typed.

const PHONE = { width: 375, height: 812 };

test("apartment on a phone: forms closed until asked for, a short page, Record a payment prefilled", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const landlord = await context.newPage();
  await signUpLandlord(landlord, { orgName: "Glance Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Gina Glance" });
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const year = new Date().toISOString().slice(0, 4);

  await landlord.setViewportSize(PHONE);
  await landlord.goto(`/apartments/${apartmentId}`);
  await landlord.getByTestId("room-status").getByText("Live", { exact: true }).waitFor();
  const height = await landlord.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
  console.log(`apartment page height at 375 px, let with a ledger: ${height} px`);
  await landlord.screenshot({ path: `${artifacts}screens/apartment-glance-375.png`, fullPage: true });
  // Before these fixes: 3,323 px, every form open; now about 2,600 px (forms closed, 6 months shown, a shorter empty chat).
  expect(height).toBeLessThan(2700);

  // Every form is closed until asked for, and opens with the focus in it.
  const months = Number(new Date().toISOString().slice(5, 7));
  await expect(landlord.getByLabel("Reason")).toHaveCount(0);
  await expect(landlord.getByLabel("Move-out date (last day)")).toHaveCount(0);
  await expect(landlord.getByLabel("Template")).toHaveCount(0);
  await landlord.getByText("Add an adjustment", { exact: true }).click();
  await expect(landlord.getByLabel("Adjustment", { exact: true })).toBeFocused();
  await landlord.getByText("End the lease", { exact: true }).click();
  await expect(landlord.getByLabel("Move-out date (last day)")).toBeFocused();
  await landlord.getByText("Draft an agreement", { exact: true }).click();
  await expect(landlord.getByLabel("Lease", { exact: true })).toBeFocused();

  // "Record a payment": the oldest unpaid month (January) and its amount; no warning until more is typed.
  await landlord.getByText("Record a payment", { exact: true }).click();
  const record = landlord.getByRole("form", { name: "Record a payment received" });
  const amount = record.getByLabel("Amount (EUR)");
  await expect(amount).toBeFocused();
  await expect(amount).toHaveValue("850.00");
  await expect(record.getByLabel("Month")).toHaveValue(`${year}-01`);
  const warning = record.getByText(/^More than what is owed/);
  await expect(warning).toHaveCount(0);
  await amount.fill("");
  await expect(warning).toHaveCount(0);
  await amount.fill(String(850 * months + 1));
  await expect(warning).toBeVisible();
  await amount.fill("850");
  await expect(warning).toHaveCount(0);
});
