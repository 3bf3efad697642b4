import { en } from "../../../app/i18n/messages/en";
import { fr } from "../../../app/i18n/messages/fr";
import { formatMoney } from "../../../worker/lib/i18n/format";
import { expect, test } from "../fixtures";
import { completeRenterProfile, PASSWORD, publishedListing, unique, verifiedAccount } from "../flows";

// Issue 14 §1 (renter findings): an accepted applicant's page says what to pay, how and by when — the first
// month pro-rated from a mid-month move-in, charges, total, due date, the org's IBAN and the reference.

/** A JSON call to the API with a bearer token; fails the test on an error status. */
async function call(baseURL: string, token: string, method: string, path: string, body: unknown = {}) {
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

test("an accepted applicant sees what to pay, how and by when (375 and 1280 px, English and French)", async ({
  baseURL,
  newContext,
}) => {
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Tilleuls SCI" });
  await call(baseURL, landlord.token, "PATCH", "/api/orgs/current/settings", {
    bankHolder: "Tilleuls SCI",
    iban: "FR7630006000011234567890189",
    bic: "AGRIFRPP",
  });
  const listingId = await publishedListing(baseURL, landlord.token, { title: unique("Quai"), city: "Lyon" });
  const renter = await verifiedAccount(baseURL, { accountType: "renter", locale: "en" });
  await completeRenterProfile(baseURL, renter.token);
  const now = new Date();
  const moveIn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 15)).toISOString().slice(0, 10);
  const { id } = await call(baseURL, renter.token, "POST", "/api/applications", {
    listingId,
    moveInDate: moveIn,
    durationMonths: 36,
    guarantorIds: [],
  });
  await call(baseURL, landlord.token, "POST", `/api/applications/${id}/accept`);
  // The listing: 850,00 € rent and 60,00 € charges, no deposit; moving in on the 15th.
  const [y, m] = moveIn.split("-").map(Number) as [number, number];
  const inMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const days = inMonth - 14;
  const total = Math.round((85000 * days) / inMonth) + Math.round((6000 * days) / inMonth);

  for (const [locale, messages] of [
    ["en", en],
    ["fr", fr],
  ] as const) {
    for (const width of [375, 1280]) {
      const context = await newContext({ viewport: { width, height: 900 }, locale });
      await context.request.post("/api/auth/login", {
        data: { email: renter.email, password: PASSWORD },
        headers: { origin: baseURL },
      });
      await context.addCookies([{ name: "rl_lang", value: locale, url: baseURL }]);
      const page = await context.newPage();
      // "My homes" has no lease yet: it points to the application, where the first payment is asked.
      await page.goto("/homes");
      const awaiting = page.getByTestId("awaiting-homes");
      await expect(awaiting).toContainText(messages.homes.awaiting.title);
      await awaiting.getByRole("link", { name: messages.homes.awaiting.action }).click();
      await page.waitForURL(new RegExp(`/applications/${id}$`));
      const card = page.getByTestId("first-payment");
      await expect(card.getByRole("heading", { name: messages.firstPayment.title })).toBeVisible();
      await expect(card.getByTestId("first-payment-total")).toContainText(formatMoney(total, "EUR", locale));
      await expect(card).toContainText("FR76 3000 6000 0112 3456 7890 189");
      await expect(card).toContainText(`RL-A${id.replace(/-/g, "").slice(-8).toUpperCase()}`);
      await expect(card.getByTestId("first-payment-rent")).toContainText(String(days));
      await page.screenshot({
        path: `tests/e2e/artifacts/screens/first-payment-${locale}-${width}.png`,
        fullPage: true,
      });
      await context.close();
    }
  }

  // The landlord's review shows what was asked of the applicant (the same figures, no how-to-pay).
  const staff = await newContext({ viewport: { width: 1280, height: 900 } });
  await staff.request.post("/api/auth/login", {
    data: { email: landlord.email, password: PASSWORD },
    headers: { origin: baseURL },
  });
  await staff.addCookies([{ name: "rl_lang", value: "en", url: baseURL }]);
  const review = await staff.newPage();
  await review.goto(`/applications/${id}`);
  const asked = review.getByTestId("first-payment");
  await expect(asked.getByTestId("first-payment-total")).toContainText(formatMoney(total, "EUR", "en"));
  await expect(asked).toContainText("Asked of the applicant on acceptance");
  await expect(asked.getByRole("heading", { name: en.firstPayment.how })).toHaveCount(0);
  await review.screenshot({ path: "tests/e2e/artifacts/screens/first-payment-landlord-1280.png", fullPage: true });
});
