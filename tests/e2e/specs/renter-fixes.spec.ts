import { z } from "zod";
import { en } from "../../../app/i18n/messages/en";
import { he as hebrew } from "../../../app/i18n/messages/he";
import { isolateArguments } from "../../../app/i18n/isolate-arguments";
import { expect, test } from "../fixtures";
import {
  addRenterThroughUi,
  apartmentFor,
  completeRenterProfile,
  futureMoveIn,
  publishedListing,
  signUpLandlord,
  unique,
  verifiedAccount,
} from "../flows";

// Fixes after a fresh tester's pass (issues 13 and 14): applying tells everything at once and says up front
// when one has applied; Hebrew sentences keep people's text and amounts whole; the statement's month is
// always a real one, never in the future.

const he = isolateArguments(hebrew);
const created = z.object({ id: z.string() });

/** POSTs JSON to the API with a bearer token; the created id. */
async function postId(baseURL: string, token: string, path: string, body: unknown): Promise<string> {
  const res = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return created.parse(await res.json()).id;
}

test("applying: every refusal together, and the listing says up front that one has applied", async ({
  baseURL,
  newContext,
  expectPageError,
}) => {
  expectPageError(/status of 400/);
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Tilleuls SCI" });
  const city = `Lyon`;
  const listingId = await publishedListing(baseURL, landlord.token, { title: unique("Quai"), city });
  const renter = await verifiedAccount(baseURL, { accountType: "renter", locale: "en" });
  // A complete profile (the listing asks for no document nor guarantor): only the asked term can be refused.
  await completeRenterProfile(baseURL, renter.token);
  const context = await newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  await context.request.post("/api/auth/login", {
    data: { email: renter.email, password: "correct horse battery" },
    headers: { origin: baseURL },
  });
  const page = await context.newPage();
  await page.goto(`/listings/${listingId}/apply`);
  const a = en.applications.apply;
  // The move-in comes prefilled (the listing's availability, or today); emptied, with a 12-month unfurnished
  // lease (36 months at least in France): both refusals said at once.
  await expect(page.getByLabel(a.moveIn)).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel(a.moveIn).fill("");
  await page.getByLabel(a.duration).fill("12");
  await page.getByRole("button", { name: a.submit }).click();
  await expect(page.getByLabel(a.moveIn)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(a.duration)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/36/).first()).toBeVisible();

  // Applied (through the API): the listing and the apply page say so, with the status and a link.
  await postId(baseURL, renter.token, "/api/applications", {
    listingId,
    moveInDate: futureMoveIn(),
    durationMonths: 36,
    guarantorIds: [],
  });
  for (const path of [`/listings/${listingId}`, `/listings/${listingId}/apply`]) {
    await page.goto(path);
    await expect(page.getByTestId("already-applied")).toContainText(en.applications.status.pending);
    await expect(page.getByRole("link", { name: en.checklist.appliedOpen })).toHaveAttribute(
      "href",
      /\/applications\//,
    );
    await expect(page.getByRole("link", { name: en.listings.page.apply })).toHaveCount(0);
    await expect(page.getByRole("button", { name: a.submit })).toHaveCount(0);
  }
});

test("Hebrew: a unit label keeps the property, the word and the unit in order; the statement month is real", async ({
  baseURL,
  newContext,
}) => {
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Tilleuls SCI" });
  const propertyId = await postId(baseURL, landlord.token, "/api/properties", {
    name: "Les Tilleuls",
    address: "5 Rue du Chat",
    city: "Lyon",
    postalCode: "69002",
    country: "France",
  });
  await postId(baseURL, landlord.token, "/api/apartments", {
    propertyId,
    unitNumber: "1A",
    roomsCount: 2,
    rentAmount: 72000,
    currency: "EUR",
  });
  const context = await newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  await context.addCookies([{ name: "rl_lang", value: "he", url: baseURL }]);
  await context.request.post("/api/auth/login", {
    data: { email: landlord.email, password: "correct horse battery" },
    headers: { origin: baseURL },
  });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const label = page.locator("#vacancies").getByRole("link", { name: /Les Tilleuls/ });
  // Rendered order: the property isolated, then "יחידה", then the unit isolated ("יחידה 1A", never "1 יחידהA").
  expect(await label.innerText()).toBe("\u2068Les Tilleuls\u2069 · יחידה \u20681A\u2069");
  expect(he.orgDashboard.unit).toBe("\u2068{property}\u2069 · יחידה \u2068{unit}\u2069");

  // A month that does not exist shows the current one; no "Next" after it, nor by URL.
  await page.goto(`/properties/${propertyId}/statement?month=2026-13`);
  await expect(page).toHaveURL(new RegExp(`/properties/${propertyId}/statement$`));
  await expect(page.getByRole("link", { name: he.expenses.statement.previous })).toBeVisible();
  await expect(page.getByRole("link", { name: he.expenses.statement.next })).toHaveCount(0);
  await page.goto(`/properties/${propertyId}/statement?month=2999-01`);
  await expect(page).toHaveURL(new RegExp(`/properties/${propertyId}/statement(\\?month=\\d{4}-\\d{2})?$`));
  await expect(page.getByRole("link", { name: he.expenses.statement.next })).toHaveCount(0);
});

test("I've paid: a refused report keeps the method, the day and the amount chosen", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  const context = await newContext({ viewport: { width: 375, height: 812 } });
  const landlord = await context.newPage();
  await signUpLandlord(landlord, { orgName: "Refusal Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rita Refused" });
  await renter.setViewportSize({ width: 375, height: 812 });
  // My homes' "I've paid by transfer" lands here with the form open, and the phone shows it: its first field
  // has the focus (the page scrolls to it).
  await renter.goto(`/homes/${apartmentId}?paid=1`);
  const form = renter.getByRole("form", { name: "Tell your landlord about a transfer" });
  await expect(form.getByLabel("Amount (EUR)")).toBeFocused();
  await expect(form.getByLabel("Amount (EUR)")).toBeInViewport();
  await form.getByLabel("How you paid").selectOption("cash");
  await form.getByLabel("Amount (EUR)").fill("123.45");
  // A day before the lease starts (1 January 2026): the API refuses it (422 received_before_lease).
  expectPageError("status of 422");
  await form.getByLabel("Day of the transfer").fill("2025-12-15");
  await form.getByRole("button", { name: "Send to my landlord" }).click();
  await form.getByRole("alert").waitFor();
  await expect(form.getByLabel("How you paid")).toHaveValue("cash");
  await expect(form.getByLabel("Day of the transfer")).toHaveValue("2025-12-15");
  await expect(form.getByLabel("Amount (EUR)")).toHaveValue("123.45");
});
