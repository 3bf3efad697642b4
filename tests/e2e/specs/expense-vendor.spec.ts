import type { APIRequestContext } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { fr } from "../../../app/i18n/messages/fr";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// Issue 15 §6, the tester's gaps, in French at 375 px (screenshots at 375 and 1280 px): the expense form
// offers the org's vendors and a styled receipt picker (a PDF here); the list names the vendor; an expense
// recorded from a request's logged costs names the request's vendor and links back to the request.

const e = fr.expenses;
/** A small, well-formed PDF (one empty page): an invoice as a plumber would email it. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

/** POST (or PATCH) `path` on the API as the signed-in owner; answers the JSON body, failing unless 2xx. */
async function call(request: APIRequestContext, baseURL: string, path: string, data: unknown, method = "post") {
  const res = await request.fetch(`${baseURL}${path}`, { method, data, headers: { origin: baseURL } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return (await res.json()) as Record<string, unknown> & { id: string };
}

test("expenses in French: a vendor picked on the form, a PDF receipt, a link back to the repair (375 px)", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const context = await newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Gestion Martin" });
  const apartmentId = await apartmentFor(context, baseURL);
  const { propertyId } = (await (await context.request.get(`${baseURL}/api/apartments/${apartmentId}`)).json()) as {
    propertyId: string;
  };
  const api = (path: string, data: unknown, method?: string) => call(context.request, baseURL, path, data, method);
  const plumber = await api("/api/vendors", { name: "Plomberie Martin", trade: "Plombier" });
  await api("/api/vendors", { name: "Électricité Durand", trade: "Électricien" });
  // A repair done by the plumber, its costs logged, recorded as an expense from them.
  const { request } = (await api(`/api/apartments/${apartmentId}/maintenance-requests`, {
    category: "plumbing",
    title: "Fuite sous l’évier",
    description: "Le siphon goutte.",
    urgency: "normal",
    entryPermission: true,
  })) as unknown as { request: { id: string } };
  await api(`/api/maintenance-requests/${request.id}`, { vendorId: plumber.id }, "patch");
  await api(`/api/maintenance-requests/${request.id}/costs`, {
    kind: "labour",
    description: "Main-d’œuvre",
    amount: 9000,
  });
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Paris" });
  const fromCosts = await api("/api/expenses", {
    propertyId,
    maintenanceRequestId: request.id,
    category: "repairs_maintenance",
    incurredOn: today,
  });
  expect(fromCosts.vendorId).toBe(plumber.id);

  await context.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  await page.goto(`/properties/${propertyId}/expenses`);
  await hydrated(page);
  await page.getByLabel(e.form.category).selectOption("repairs_maintenance");
  await page.getByLabel(e.form.amount).fill("120,50");
  const vendor = page.getByLabel(e.form.vendor);
  await expect(vendor.locator("option")).toHaveText([
    e.form.noVendor,
    "Électricité Durand — Électricien",
    "Plomberie Martin — Plombier",
  ]);
  await vendor.selectOption({ label: "Plomberie Martin — Plombier" });
  await page.getByLabel(e.form.note).fill("Remplacement du robinet");
  await page
    .getByLabel(e.form.receipt)
    .setInputFiles({ name: "facture.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("receipt-chosen")).toHaveText(`${e.form.receiptChosen} facture.pdf`);
  mkdirSync(`${artifacts}screens`, { recursive: true });
  const form = page.getByRole("region", { name: e.form.title });
  await form.screenshot({ path: `${artifacts}screens/expense-form-fr-375.png` });
  await page.getByRole("button", { name: e.form.submit }).click();
  await page.getByText(e.form.saved).waitFor();

  const list = page.getByTestId("expense-list");
  const typed = list.locator("li", { hasText: "Remplacement du robinet" });
  await expect(typed).toContainText("Payé à Plomberie Martin");
  await expect(typed.getByRole("link", { name: e.list.receipt })).toBeVisible();
  const repair = list.locator("li", { hasText: "Fuite sous l’évier" });
  await expect(repair).toContainText("Payé à Plomberie Martin");
  await page.screenshot({ path: `${artifacts}screens/expenses-fr-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${artifacts}screens/expenses-fr-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });

  // The repair's line links back to its request.
  await repair.getByRole("link", { name: "Intervention : Fuite sous l’évier" }).click();
  await page.waitForURL(new RegExp(`/maintenance/${request.id}$`));
  await expect(page.getByRole("heading", { name: "Fuite sous l’évier" }).first()).toBeVisible();
});
