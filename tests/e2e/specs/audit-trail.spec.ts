import { readFileSync } from "node:fs";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// Issue 16 §2: an owner reads the org's audit trail from the More sheet on a phone, narrows it to one object,
// downloads what the filters match as CSV, and reads the page in French on a desktop. Screenshots for review
// in tests/e2e/artifacts/.

test("an owner reads, filters and downloads the org's audit trail (375 px, then French at 1280 px)", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  test.setTimeout(180_000);
  const context = await newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await signUpLandlord(page, { orgName: "Trail Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);
  const patched = await context.request.patch(`${baseURL}/api/apartments/${apartmentId}`, {
    data: { rentAmount: 91000 },
    headers: { origin: baseURL },
  });
  expect(patched.status()).toBe(200);

  // From the phone's More sheet.
  await page.goto("/dashboard");
  await hydrated(page);
  await page.getByRole("navigation", { name: "Quick navigation" }).getByRole("button", { name: "More" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Audit trail" }).click();
  await page.waitForURL(/\/settings\/audit$/);
  await page.getByRole("heading", { name: "Audit trail" }).waitFor();
  const entries = page.getByTestId("audit-entry");
  const change = entries.filter({ hasText: "PATCH /api/apartments/:id" });
  await expect(change).toHaveCount(1);
  // Who, then what in words (the recorded route under it, in small type).
  await expect(change).toContainText("Lena Landlord");
  await expect(change).toContainText("Apartment changed");
  await change.getByText("Details").click();
  await expect(change).toContainText("€910.00");
  await hydrated(page);
  await page.screenshot({ path: `${artifacts}audit-375-en.png`, fullPage: true });

  // One object's history: every entry is about the apartment.
  await change.getByRole("link", { name: new RegExp(apartmentId) }).click();
  await page.waitForURL(new RegExp(`targetId=${apartmentId}`));
  await expect(page.getByLabel("Object (id)")).toHaveValue(apartmentId);
  await expect(entries.filter({ hasNotText: apartmentId })).toHaveCount(0);
  const shown = await entries.count();
  expect(shown).toBeGreaterThan(0);

  // The CSV holds what the filters match: a header and one line per entry.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-csv").click()]);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("at,action,actor_user_id,actor_name,actor_email,target_type,target_id,request_id,details");
  expect(lines).toHaveLength(shown + 1);
  expect(lines.slice(1).every((l) => l.includes(apartmentId))).toBe(true);

  // A month with nothing recorded says so (the filters stay open while some are set).
  await page.getByLabel("From").fill("2020-01-01");
  await page.getByLabel("To").fill("2020-01-31");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByText("No entries match these filters.").waitFor();

  // In French on a desktop.
  const desk = await newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  await desk.addCookies([
    ...(await context.cookies()).filter((c) => c.name !== "rl_lang"),
    { name: "rl_lang", value: "fr", url: baseURL },
  ]);
  const fr = await desk.newPage();
  await fr.goto("/settings/audit");
  await fr.getByRole("heading", { name: "Journal d’activité" }).waitFor();
  await expect(fr.getByTestId("audit-entry").filter({ hasText: "PATCH /api/apartments/:id" })).toContainText(
    "Logement modifié",
  );
  await hydrated(fr);
  await fr.screenshot({ path: `${artifacts}audit-1280-fr.png`, fullPage: true });
});
