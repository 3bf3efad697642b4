import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// Issue 15 §6–7 on a phone (375 px): the landlord records an expense with a receipt photo on the property's
// expenses page, then opens the month's owner statement: the expense is there, the totals and chart too.
// Screenshots at 375 and 1280 px and the statement PDF go to artifacts/ (look at them).

/** A 24×32 PNG: a receipt photo as the phone's camera would hand it over (the upload checks the bytes). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABgAAAAgCAIAAACHPC9vAAAAJElEQVR4nGP48OEZVRDDqEGjBo0aNGrQqEGjBo0aNGrQ8DAIAICoUnlyxW1tAAAAAElFTkSuQmCC",
  "base64",
);

test("expenses: record an expense with a receipt photo, then see it in the month's statement (375 px)", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const context = await newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Statement Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const apartment = await context.request.get(`${baseURL}/api/apartments/${apartmentId}`);
  const { propertyId } = (await apartment.json()) as { propertyId: string };
  // A lease and this month's rent received, so the statement has income.
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Paris" });
  const lease = await context.request.post(`${baseURL}/api/apartments/${apartmentId}/leases`, {
    data: { renterEmail: `statement-${Date.now()}@example.com`, startDate: "2026-01-01", rentAmount: 85000, dueDay: 5 },
    headers: { origin: baseURL },
  });
  expect(lease.status()).toBe(201);
  const paid = await context.request.post(`${baseURL}/api/apartments/${apartmentId}/activities`, {
    data: { amount: 85000, period: today.slice(0, 7), receivedOn: today, method: "transfer" },
    headers: { origin: baseURL },
  });
  expect(paid.status()).toBe(201);

  await page.goto(`/properties/${propertyId}`);
  await hydrated(page);
  await page.getByRole("link", { name: "Expenses and receipts" }).click();
  await page.waitForURL(/\/expenses/);
  await hydrated(page);
  await page.getByLabel("Category").selectOption("coownership_charges");
  await page.getByLabel("Amount").fill("210,50");
  await page.getByLabel("Description (optional)").fill("Appel de fonds T4");
  await page.getByLabel("Receipt (photo or PDF, optional)").setInputFiles({
    name: "ticket.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await page.getByRole("button", { name: "Record the expense" }).click();
  await page.getByText("Expense recorded.").waitFor();
  const list = page.getByTestId("expense-list");
  await expect(list).toContainText("Co-ownership charges");
  await expect(list).toContainText("€210.50");
  await expect(list.getByRole("link", { name: "Receipt" })).toBeVisible();
  await page.screenshot({ path: join(artifacts, "expenses-375.png"), fullPage: true });

  // A receipt the checks refuse (an SVG) records nothing: no half-saved expense without its receipt.
  const items = list.locator(":scope > li");
  await page.getByLabel("Category").selectOption("other");
  await page.getByLabel("Amount").fill("10");
  await page.getByLabel("Receipt (photo or PDF, optional)").setInputFiles({
    name: "x.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  });
  await page.getByRole("button", { name: "Record the expense" }).click();
  await page.getByText("The receipt was refused, so nothing was recorded").waitFor();
  await expect(items).toHaveCount(1);
  // A mistake recorded is deleted from the list, and leaves the month's statement.
  await page.getByLabel("Category").selectOption("other");
  await page.getByLabel("Amount").fill("10");
  await page.getByLabel("Receipt (photo or PDF, optional)").setInputFiles([]);
  await page.getByRole("button", { name: "Record the expense" }).click();
  await page.getByText("Expense recorded.").waitFor();
  await expect(items).toHaveCount(2);
  // Asked once more: dismissing keeps it, accepting deletes it.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await list.getByRole("button", { name: /^Delete the “Other” expense/ }).click();
  await expect(items).toHaveCount(2);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toMatch(
      /^Delete the “Other” expense of .*\? The expense and its receipt are deleted for good\.$/,
    );
    void dialog.accept();
  });
  await list.getByRole("button", { name: /^Delete the “Other” expense/ }).click();
  await page.getByText("Expense deleted.").waitFor();
  await expect(items).toHaveCount(1);
  await expect(list).toContainText("Co-ownership charges");
  // A wrong amount is corrected in place: the form opens filled with the expense, saves, and the list follows.
  await list.getByRole("link", { name: /^Edit the “Co-ownership charges” expense/ }).click();
  await page.getByRole("heading", { name: "Correct an expense" }).waitFor();
  await hydrated(page);
  await expect(page.getByLabel("Amount")).toHaveValue("210.50");
  await expect(page.getByLabel("Category")).toHaveValue("coownership_charges");
  await expect(page.getByLabel("Description (optional)")).toHaveValue("Appel de fonds T4");
  await page.screenshot({ path: join(artifacts, "expense-edit-375.png"), fullPage: true });
  await page.getByLabel("Amount").fill("230,50");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await page.getByText("Expense corrected.").waitFor();
  await expect(items).toHaveCount(1);
  await expect(list).toContainText("€230.50");
  await expect(page.getByRole("heading", { name: "Record an expense" })).toBeVisible();

  await page.getByRole("link", { name: /statement/ }).click();
  await page.waitForURL(/\/statement/);
  await hydrated(page);
  const totals = page.getByTestId("statement-totals");
  await expect(totals).toContainText("€850.00");
  await expect(totals).toContainText("€230.50");
  await expect(totals).toContainText("€619.50");
  await expect(page.getByTestId("statement-lines")).toContainText("Appel de fonds T4");
  await expect(page.getByTestId("statement-chart")).toBeVisible();
  await page.screenshot({ path: join(artifacts, "statement-375.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(artifacts, "statement-1280.png"), fullPage: true });

  // The PDF, rendered on the queue: queued, then fetched when ready (kept for review).
  const month = today.slice(0, 7);
  const queued = await context.request.post(`${baseURL}/api/properties/${propertyId}/statement/pdf?month=${month}`, {
    headers: { origin: baseURL },
  });
  expect(queued.status()).toBe(202);
  await expect
    .poll(async () =>
      (await context.request.get(`${baseURL}/api/properties/${propertyId}/statement/pdf?month=${month}`)).status(),
    )
    .toBe(200);
  const pdf = await context.request.get(`${baseURL}/api/properties/${propertyId}/statement/pdf?month=${month}`);
  writeFileSync(join(artifacts, "statement.pdf"), await pdf.body());
});
