import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { en } from "../../../app/i18n/messages/en";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// Issue 15 §1–2 at 375 px, from the owner's board: "New request" on an apartment picked from the board, seen
// on the board; a request assigned to a contractor without email, whose link is copied with the Copy button
// and opens the contractor's page in a browser without an account. Every wait is for an event, never a sleep.

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const m = en.maintenance;
const s = en.maintenanceStaff;

/** A screenshot for review (artifacts/screens/, git-ignored). */
async function screen(page: Page, artifacts: string, name: string) {
  mkdirSync(`${artifacts}screens`, { recursive: true });
  await page.screenshot({ path: `${artifacts}screens/maintenance-board-${name}-375.png`, fullPage: true });
}

test("an owner opens a request from the board's New request and sees it on the board (375 px)", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const context = await newContext(PHONE);
  const owner = await context.newPage();
  await signUpLandlord(owner, { orgName: "Board Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);

  await owner.goto("/maintenance");
  await hydrated(owner);
  await owner.getByText(s.board.newRequest, { exact: true }).click();
  const picker = owner.getByTestId("new-request");
  const apartment = picker.getByLabel(s.board.apartment);
  await apartment.locator(`option[value="${apartmentId}"]`).waitFor({ state: "attached" });
  await apartment.selectOption(apartmentId);
  await screen(owner, artifacts, "new-request");
  await picker.getByRole("button", { name: s.board.continue }).click();
  await owner.waitForURL(new RegExp(`/apartments/${apartmentId}/report$`));
  await hydrated(owner);

  await owner.getByLabel(m.report.category).selectOption("electrical");
  await owner.getByLabel(m.report.summary, { exact: true }).fill("Stairwell light flickers");
  // A long unbroken word (a pasted reference, a URL) in the description wraps: the phone never scrolls sideways.
  const reference = `REF-${"0123456789".repeat(20)}`;
  await owner
    .getByLabel(m.report.description, { exact: true })
    .fill(`Seen during the inspection, second floor. ${reference}`);
  await owner.getByRole("button", { name: m.report.submit }).click();
  await owner.waitForURL(/\/maintenance\/[^/?]+\?done=report/);
  await owner.getByText(reference).waitFor();
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await owner.goto("/maintenance");
  await hydrated(owner);
  const row = owner.getByTestId("request-list").locator("li", { hasText: "Stairwell light flickers" });
  await expect(row).toBeVisible();
  await expect(row).toContainText("4B");
  await screen(owner, artifacts, "board");
});

test("a contractor without email: the owner copies their link, which opens their page without an account (375 px)", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const context = await newContext(PHONE);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const owner = await context.newPage();
  await signUpLandlord(owner, { orgName: "Copy Link Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const reported = await context.request.post(`${baseURL}/api/apartments/${apartmentId}/maintenance-requests`, {
    data: {
      category: "locks_keys",
      title: "Front door lock jams",
      description: "The key turns only halfway.",
      urgency: "normal",
      entryPermission: true,
    },
    headers: { origin: baseURL },
  });
  expect(reported.status()).toBe(201);
  const { request } = (await reported.json()) as { request: { id: string } };

  await owner.goto(`/maintenance/${request.id}`);
  await hydrated(owner);
  const assign = owner.getByRole("region", { name: s.assign.title });
  await assign.getByText(s.assign.newVendor, { exact: true }).click();
  await assign.getByLabel(s.assign.vendorName, { exact: true }).fill("Serrurerie Benali");
  await assign.getByLabel(s.assign.vendorTrade, { exact: true }).fill("Locksmith");
  // No email: the link is the only way the contractor hears of the job.
  await assign.getByRole("button", { name: s.assign.addVendor }).click();
  await assign.getByText(en.maintenanceRequest.actions.done.vendor).waitFor();
  // The assignment shows the contractor (saving the panel again must not unassign them).
  await expect(assign.getByLabel(s.assign.assignTo)).toHaveValue(/^vendor:/);

  const box = owner.getByTestId("vendor-link");
  const shown = box.getByLabel(s.assign.linkLabel);
  await expect(shown).toHaveValue(/\/vendor\/maintenance\/[^/]+$/);
  const link = await shown.inputValue();
  await box.getByRole("button", { name: s.assign.copy }).click();
  await box.getByText(s.assign.copied).waitFor();
  const copied = await owner.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link);
  await screen(owner, artifacts, "vendor-link");

  // The contractor opens the copied link in a browser that never signed in.
  const vendor = await (await newContext(PHONE)).newPage();
  await vendor.goto(copied);
  await hydrated(vendor);
  expect(new URL(vendor.url()).pathname).toBe(new URL(copied).pathname);
  await expect(vendor.getByText(s.vendorPage.intro)).toBeVisible();
  await expect(vendor.getByText("Front door lock jams").first()).toBeVisible();
  await screen(vendor, artifacts, "vendor-page");
});
