import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { z } from "zod";
import { en } from "../../../app/i18n/messages/en";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, findMailLink, PASSWORD, say, signUpLandlord, unique } from "../flows";

// Issue 15's bar, in Chromium at 375 px: a renter reports a leak with two photos; the manager sees it appear
// live on the board and assigns it to a maintenance member; the member starts and resolves it from their
// phone with a photo; the renter sees each step live and rates it. Every wait is for an event, never a sleep.

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const m = en.maintenance;
const s = en.maintenanceStaff;
const mt = en.maintenanceRequest;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const photo = (name: string) => ({ name: `${name}.png`, mimeType: "image/png", buffer: PNG });

/** A screenshot for review at 375 px (as the page is) and at 1280 px (then back to the phone). */
async function screens(page: Page, artifacts: string, name: string) {
  mkdirSync(`${artifacts}screens`, { recursive: true });
  await hydrated(page);
  await page.screenshot({ path: `${artifacts}screens/maintenance-${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${artifacts}screens/maintenance-${name}-1280.png`, fullPage: true });
  await page.setViewportSize(PHONE.viewport);
}

/** No serious or critical accessibility violation on the page as it is now. */
async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The owner invites a maintenance member from the team page; the member signs up on their phone and accepts. */
async function maintenanceMember(owner: Page, newContext: (o?: BrowserContextOptions) => Promise<BrowserContext>) {
  const email = unique("fixer");
  await owner.goto("/team");
  await owner.getByLabel(en.team.email, { exact: true }).fill(email);
  await owner.getByLabel(en.team.role, { exact: true }).selectOption("maintenance");
  await owner.getByRole("button", { name: en.team.send }).click();
  await owner.getByText(say(en.team.sent, { email })).waitFor();
  const member = await (await newContext(PHONE)).newPage();
  await member.goto(await findMailLink(member, email, "/invitations/accept?token="));
  await member.getByRole("link", { name: en.auth.invitation.signUp }).click();
  await member.getByLabel(en.auth.signup.name, { exact: true }).fill("Mo Mender");
  await member.getByLabel(en.auth.signup.email, { exact: true }).fill(email);
  await member.getByLabel(en.auth.signup.password, { exact: true }).fill(PASSWORD);
  await member.getByRole("button", { name: en.auth.signup.submit }).click();
  await member.waitForURL(/invitations\/accept/);
  await member.getByRole("button", { name: en.auth.invitation.submit }).click();
  // A maintenance member lands on their work orders: never the dashboard, rent or apartments.
  await member.waitForURL(/\/work-orders$/);
  return member;
}

/** Waits for the page's live channel to be open (the board's org room, a request's apartment room). */
const live = (page: Page) => page.locator('[data-testid="live-status"][data-live="true"]').waitFor();

/** Waits until the request page shows `status` (its badge), e.g. after someone else acted. */
const showsStatus = (page: Page, status: keyof typeof mt.status) =>
  page.getByTestId("request-status").locator(`[data-status="${status}"]`).waitFor();

/**
 * Takes a lifecycle step on a request page: its button opens the confirmation in the buttons' place (its code
 * loads then), whose button of the same name posts it; waits for what was done to be said.
 */
async function takeStep(page: Page, action: keyof typeof mt.actions.done & keyof typeof mt.actions) {
  const progress = page.getByRole("region", { name: mt.actions.title });
  await progress.getByRole("button", { name: mt.actions[action] }).click();
  await expect(progress.getByLabel(mt.actions.note)).toBeFocused();
  await progress.getByRole("button", { name: mt.actions[action] }).click();
  await expect(progress.getByTestId("progress-done")).toHaveText(mt.actions.done[action]);
  await expect(progress.getByTestId("progress-done")).toBeFocused();
}

test("a leak reported with two photos goes live from report to rating, all on phones", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  // Three people on three phones through a whole repair (about 3 minutes on a loaded 2-core machine).
  test.setTimeout(420_000);
  // The manager's setup (portfolio, renter, team) uses desktop forms; from the board on, a 375 px screen.
  const ownerContext = await newContext({ viewport: PHONE.viewport });
  const owner = await ownerContext.newPage();
  await signUpLandlord(owner, { orgName: "Fix-It Lettings" });
  const apartmentId = await apartmentFor(ownerContext, baseURL);
  const { renter } = await addRenterThroughUi({
    landlord: owner,
    newContext: (o) => newContext({ ...PHONE, ...o }),
    apartmentId,
    name: "Rémi Rentier",
  });
  const member = await maintenanceMember(owner, newContext);
  // The manager watches the board, live.
  await owner.goto("/maintenance");
  await live(owner);
  await screens(owner, artifacts, "board-empty");

  // The renter reports a leak from their home, with two photos at once.
  await renter.getByTestId("report-problem").click();
  await renter.waitForURL(/\/report$/);
  await hydrated(renter);
  await renter.getByLabel(new RegExp(`^${m.urgency.emergency}`)).check();
  await expect(renter.getByTestId("emergency-call")).toBeVisible();
  await renter.getByLabel(new RegExp(`^${m.urgency.urgent}`)).check();
  await expect(renter.getByTestId("emergency-call")).toBeHidden();
  await renter.getByLabel(m.report.category).selectOption("plumbing");
  await renter.getByLabel(m.report.summary, { exact: true }).fill("Leak under the kitchen sink");
  await renter
    .getByLabel(m.report.description, { exact: true })
    .fill("Water drips from the trap, a bucket fills in an hour.");
  await renter.getByLabel(en.ui.photoPicker.choose).setInputFiles([photo("sink"), photo("floor")]);
  await expect(renter.getByTestId("photo-previews").locator("img")).toHaveCount(2);
  await renter.getByLabel(m.report.entryPermission).check();
  await renter.getByLabel(m.report.availability, { exact: true }).fill("Weekdays after 6 pm");
  await screens(renter, artifacts, "report-form");
  await axeClean(renter);
  await renter.getByRole("button", { name: m.report.submit }).click();
  await renter.waitForURL(/\/repairs\/[^/?]+\?done=report/);
  await renter.getByText(m.report.sent).waitFor();
  await expect(renter.getByTestId("request-photos").locator("img")).toHaveCount(2);
  await showsStatus(renter, "open");
  await live(renter);

  // It appears on the manager's board without a reload; they open it and assign the member.
  const row = owner.getByTestId("request-list").locator("li", { hasText: "Leak under the kitchen sink" });
  await row.waitFor();
  await screens(owner, artifacts, "board");
  await axeClean(owner);
  await row.getByRole("link").click();
  await owner.waitForURL(/\/maintenance\/[^/]+$/);
  await live(owner);
  // The renter's home's Chat tab keeps the apartment's feed open: the report is there, and the next step
  // arrives live.
  const home = await renter.context().newPage();
  await home.goto(`/homes/${apartmentId}?tab=chat`);
  await hydrated(home);
  await home.getByTestId("room-status").getByText(en.room.status.live).waitFor();
  const title = "Leak under the kitchen sink";
  await home.getByText(say(en.maintenanceFeed.reported, { title })).waitFor();
  // A step opened by mistake goes back to the buttons, the focus on the one pressed.
  const progress = owner.getByRole("region", { name: mt.actions.title });
  await progress.getByRole("button", { name: mt.actions.cancel }).click();
  await expect(progress.getByLabel(mt.actions.note)).toBeFocused();
  await screens(owner, artifacts, "progress-confirm");
  await axeClean(owner);
  await progress.getByRole("button", { name: mt.actions.back }).click();
  await expect(progress.getByRole("button", { name: mt.actions.cancel })).toBeFocused();
  await expect(progress.getByLabel(mt.actions.note)).toHaveCount(0);
  // Someone else acknowledges it while the owner's confirmation is open, a note typed: the confirmation
  // closes and says so, focused (it never reopens by itself); the step is not taken twice.
  await progress.getByRole("button", { name: mt.actions.triage }).click();
  await progress.getByLabel(mt.actions.note).fill("Plumber tomorrow morning");
  const requestId = new URL(owner.url()).pathname.split("/").pop()!;
  const elsewhere = await owner.context().request.post(`${baseURL}/api/maintenance-requests/${requestId}/triage`, {
    data: {},
    headers: { origin: baseURL },
  });
  expect(elsewhere.status(), await elsewhere.text()).toBeLessThan(300);
  const moved = progress.getByTestId("progress-moved");
  await expect(moved).toHaveText(say(mt.actions.movedOn, { status: mt.status.triaged }));
  await expect(moved).toBeFocused();
  await expect(progress.getByLabel(mt.actions.note)).toHaveCount(0);
  await showsStatus(renter, "triaged");
  const step = home.locator("li", { hasText: say(en.maintenanceFeed.triaged, { title }) });
  await step.waitFor();
  await expect(step.getByRole("link", { name: en.maintenanceFeed.open })).toHaveAttribute(
    "href",
    new RegExp(`^/homes/${apartmentId}/maintenance/[^/]+$`),
  );
  await home.screenshot({ path: "tests/e2e/artifacts/maintenance-feed-step-375.png", fullPage: true });
  await home.close();
  const assign = owner.getByRole("region", { name: s.assign.title });
  await assign.getByLabel(s.assign.assignTo).locator("option", { hasText: "Mo Mender" }).waitFor({ state: "attached" });
  await assign.getByLabel(s.assign.assignTo).selectOption({ label: "Mo Mender" });
  await assign.getByRole("button", { name: s.assign.save }).click();
  await assign.getByText(en.maintenanceRequest.actions.done.patch).waitFor();
  await owner.getByTestId("request-assignee").getByText("Mo Mender").waitFor();
  await screens(owner, artifacts, "request-manager");
  await axeClean(owner);

  // The member finds it in their work orders, starts it, and resolves it with a photo from the phone.
  await member.reload();
  await member.getByTestId("request-list").getByText("Leak under the kitchen sink").waitFor();
  await screens(member, artifacts, "work-orders");
  await axeClean(member);
  await member.getByTestId("request-list").getByRole("link").first().click();
  await member.waitForURL(/\/work-orders\/[^/]+$/);
  await live(member);
  await takeStep(member, "start");
  await showsStatus(renter, "in_progress");
  const thread = member.getByRole("region", { name: mt.comments.title });
  // The composer opens on "Write a message", its first field focused once its code has arrived.
  await thread.getByText(mt.comments.write).click();
  await expect(thread.getByLabel(mt.comments.text)).toBeFocused();
  await thread.getByLabel(mt.comments.text).fill("New trap fitted, no more drips.");
  await thread.getByLabel(en.ui.photoPicker.camera).setInputFiles([photo("fixed")]);
  await thread.getByRole("button", { name: mt.comments.send }).click();
  await thread.getByText(mt.comments.sent).waitFor();
  await takeStep(member, "resolve");
  await screens(member, artifacts, "work-order");

  // The renter saw each step live: the comment with its photo, then the resolution; they rate the repair.
  await renter.getByTestId("comments").getByText("New trap fitted, no more drips.").waitFor();
  await showsStatus(renter, "resolved");
  await expect(renter.getByTestId("timeline").locator("[data-to-status]")).toHaveCount(4);
  // The reopen window is the renter's: they read until when; the owner, who may reopen at any time (their
  // Reopen button is there), reads until when they cannot close it instead, not the renter's sentence.
  await renter.getByText(mt.reopen.title).waitFor();
  await progress.getByRole("button", { name: mt.actions.reopen }).waitFor();
  await expect(progress.getByText(mt.reopen.title)).toHaveCount(0);
  await owner.getByTestId("close-waits").waitFor();
  const rating = renter.getByRole("region", { name: mt.rating.title });
  await rating.getByText(mt.rating.open).click();
  // The stars run the way they read: 1 to 5 left to right, and the arrow keys follow them (the radios were in
  // reverse order for the hover styling, so → went from 1 star to 5).
  const star = (n: number) => rating.locator(`input[name="stars"][value="${n}"]`);
  const xOf = async (n: number) => (await star(n).locator("..").boundingBox())?.x ?? Number.NaN;
  expect(await xOf(1)).toBeLessThan(await xOf(5));
  await star(1).focus();
  await renter.keyboard.press("ArrowRight");
  await renter.keyboard.press("ArrowRight");
  await expect(star(3)).toBeChecked();
  await screens(renter, artifacts, "rating");
  await star(5).check({ force: true });
  await rating.getByLabel(mt.rating.comment).fill("Quick and tidy, thank you.");
  await rating.getByRole("button", { name: mt.rating.submit }).click();
  await renter
    .getByTestId("rating-given")
    .getByText(say(mt.rating.given, { stars: 5 }))
    .waitFor();
  // Rated once per resolution: the form is gone (it comes back only if the request is reopened and resolved).
  await expect(rating.getByRole("button", { name: mt.rating.submit })).toHaveCount(0);
  await screens(renter, artifacts, "request-renter");
  await axeClean(renter);
});

test("the org's emergency phone reaches the renter; a request's logged costs become an expense once (375 px)", async ({
  newContext,
  baseURL,
}) => {
  const ownerContext = await newContext(PHONE);
  const owner = await ownerContext.newPage();
  await signUpLandlord(owner, { orgName: "Costly Repairs" });
  // The owner sets the emergency number in the org's settings; it is kept.
  const phone = "+33 6 12 34 56 78";
  await owner.goto("/settings");
  await hydrated(owner);
  const identity = owner.locator("form#identity");
  await identity.getByLabel(en.orgSettings.identity.emergencyPhone).fill(phone);
  // Enter sends the section, as on a phone's keyboard (its Save button sits under the tab bar when scrolled to).
  await identity.getByLabel(en.orgSettings.identity.emergencyPhone).press("Enter");
  await owner.getByTestId("toast").getByText(en.orgSettings.saved).waitFor();
  await owner.reload();
  await expect(owner.locator("form#identity").getByLabel(en.orgSettings.identity.emergencyPhone)).toHaveValue(phone);

  // The renter's "Report a problem": "Emergency" shows that number to call first.
  const apartmentId = await apartmentFor(ownerContext, baseURL);
  const { renter } = await addRenterThroughUi({
    landlord: owner,
    newContext: (o) => newContext({ ...PHONE, ...o }),
    apartmentId,
    name: "Nadia Locataire",
  });
  await renter.getByTestId("report-problem").click();
  await renter.waitForURL(/\/report$/);
  await hydrated(renter);
  await renter.getByLabel(new RegExp(`^${m.urgency.emergency}`)).check();
  const call = renter.getByTestId("emergency-call");
  await expect(call).toContainText(say(m.report.emergencyCall, { phone }));
  await expect(call.getByRole("link")).toHaveAttribute("href", "tel:+33612345678");
  await renter.getByLabel(m.report.category).selectOption("plumbing");
  await renter.getByLabel(m.report.summary, { exact: true }).fill("Burst pipe in the bathroom");
  await renter.getByLabel(m.report.description, { exact: true }).fill("Water everywhere, the valve is shut.");
  await renter.getByRole("button", { name: m.report.submit }).click();
  await renter.waitForURL(/\/repairs\/[^/?]+\?done=report/);
  const requestId = new URL(renter.url()).pathname.split("/").pop()!;

  // Nothing logged yet: "Record as expense" is disabled and says why.
  await owner.goto(`/maintenance/${requestId}`);
  await hydrated(owner);
  const panel = owner.getByTestId("record-expense");
  const record = panel.getByRole("button", { name: s.expense.record });
  await expect(record).toBeDisabled();
  await expect(panel).toContainText(s.expense.noCosts);
  // Materials logged in the org's currency; the expense takes their total, and links to the expenses.
  const log = owner.getByRole("region", { name: s.work.log });
  await log.getByLabel(s.work.kind).selectOption("material");
  await log.getByLabel(s.work.description, { exact: true }).fill("Pipe section and two couplings");
  await log.getByLabel(say(s.work.amount, { currency: "EUR" })).fill("45,50");
  await log.getByRole("button", { name: s.work.saveLog }).click();
  await log.getByText(en.maintenanceRequest.actions.done.log).waitFor();
  await expect(log.getByTestId("costs")).toContainText("€45.50");
  // The form is ready for the next line: emptied, its kind back on the first choice (never a blank select).
  await expect(log.getByLabel(s.work.kind)).toHaveValue("labour");
  await expect(log.getByLabel(s.work.description, { exact: true })).toHaveValue("");
  await expect(record).toBeEnabled();
  await record.click();
  await owner
    .getByTestId("toast")
    .getByText(say(s.expense.recorded, { amount: "€45.50" }))
    .waitFor();
  // Recorded once: the panel says so (amount and day) and links to it instead of offering the button again,
  // after a reload too.
  const recorded = panel.getByTestId("expense-recorded");
  await expect(recorded).toContainText("€45.50");
  await expect(record).toHaveCount(0);
  await owner.reload();
  await hydrated(owner);
  await expect(recorded).toContainText("€45.50");
  await expect(record).toHaveCount(0);
  // No cost can be logged any more (it would never reach the expense): the log says why instead of its form.
  await expect(log.getByTestId("costs-locked")).toHaveText(s.work.locked.recorded);
  await expect(log.getByRole("button", { name: s.work.saveLog })).toHaveCount(0);
  await owner.screenshot({ path: "tests/e2e/artifacts/maintenance-expense-recorded-375.png", fullPage: true });
  await recorded.getByRole("link", { name: s.expense.seeExpenses }).click();
  await owner.waitForURL(/\/properties\/[^/]+\/expenses\?month=\d{4}-\d{2}$/);
  const list = owner.getByTestId("expense-list");
  await expect(list).toContainText("Repairs and maintenance"); // statementDocs.category (a server namespace)
  await expect(list).toContainText("€45.50");
});

test("a maintenance member opening a rent receipt's link is told they are not allowed, not that it is not ready", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  expectPageError(/status of 403/);
  const ownerContext = await newContext();
  const owner = await ownerContext.newPage();
  await signUpLandlord(owner, { orgName: "Receipt Keepers" });
  const apartmentId = await apartmentFor(ownerContext, baseURL);
  const lease = await ownerContext.request.post(`${baseURL}/api/apartments/${apartmentId}/leases`, {
    headers: { origin: baseURL },
    data: { renterEmail: unique("tenant"), startDate: "2026-01-01", rentAmount: 85000, dueDay: 5 },
  });
  expect(lease.status()).toBe(201);
  const leaseId = z.object({ lease: z.object({ id: z.string() }) }).parse(await lease.json()).lease.id;
  const member = await maintenanceMember(owner, newContext);
  // A maintenance member never sees money: the link (shared, or typed) answers 403 in the app's words, in a
  // page with its title, never "This receipt cannot be issued yet".
  const receipt = await member.goto(`/leases/${leaseId}/receipts/2026-11`);
  expect(receipt?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1 })).toHaveText(en.errors.forbidden.title);
  await expect(member).toHaveTitle(say(en.shell.pageTitle, { title: en.errors.forbidden.title }));
  await expect(member.getByText(en.receipt.refusedTitle)).toHaveCount(0);
  await member.getByRole("link", { name: en.errors.back }).click();
  await member.waitForURL(/\/work-orders$/);
});
