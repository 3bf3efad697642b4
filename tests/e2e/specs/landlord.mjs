import assert from "node:assert/strict";

const unique = (label) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
export const PASSWORD = "correct horse battery";

/** The newest link matching `pattern` in the dev mailbox for `to`, waiting for the email queue to deliver. */
export async function findMailLink(page, to, pattern) {
  for (let i = 0; i < 60; i++) {
    await page.goto(`/dev/mail?to=${encodeURIComponent(to)}`);
    const links = page.locator(`a[href*="${pattern}"]`);
    if ((await links.count()) > 0) return links.first().getAttribute("href");
    await page.waitForTimeout(250);
  }
  throw new Error(`no ${pattern} link for ${to} in /dev/mail`);
}

export async function signUpLandlord(page, { name = "Lena Landlord", orgName = "Acme Lettings" } = {}) {
  const email = unique("landlord");
  await page.goto("/signup");
  await page
    .getByLabel(/landlord/i)
    .first()
    .check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organization name").fill(orgName);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/dashboard/);
  return email;
}

async function addPropertyWithApartment(page, { propertyName, unit }) {
  await page
    .getByRole("link", { name: "Add property" })
    .or(page.getByRole("button", { name: "Add property" }))
    .first()
    .click();
  await page.getByLabel("Property name").fill(propertyName);
  await page.getByLabel("Address").fill("12 rue des Lilas");
  await page.getByLabel("City").fill("Lyon");
  await page.getByLabel("Postal code").fill("69003");
  await page.getByLabel("Country").fill("France");
  await page
    .getByRole("button", { name: /save|add property|create/i })
    .first()
    .click();
  await page.waitForURL(/\/properties\/[^/]+$/);
  await page.getByLabel("Unit number").fill(unit);
  await page.getByLabel("Rooms").fill("3");
  await page.getByLabel("Monthly rent").fill("850.00");
  const currency = page.getByLabel("Currency");
  if ((await currency.evaluate((el) => el.tagName)) === "SELECT") await currency.selectOption("EUR");
  else await currency.fill("EUR");
  await page.getByRole("button", { name: "Add apartment" }).click();
  await page.getByText(unit, { exact: true }).first().waitFor();
}

export const tests = {
  async "landlord signs up, adds a property and an apartment, sees them listed (desktop)"({ newContext }) {
    const page = await (await newContext()).newPage();
    await signUpLandlord(page);
    await addPropertyWithApartment(page, { propertyName: "Les Lilas", unit: "3C" });
    assert.match(await page.content(), /850[.,]00/);
    await page.goto("/dashboard");
    await page.getByText("Les Lilas").first().waitFor();
  },

  async "the same flow works on a 375 px phone screen"({ newContext }) {
    const page = await (
      await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })
    ).newPage();
    await signUpLandlord(page, { orgName: "Pocket Lettings" });
    await addPropertyWithApartment(page, { propertyName: "Petit Immeuble", unit: "1A" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone screen`);
  },

  async "owner invites a manager, who accepts through the dev mailbox and sees only that org"({ newContext }) {
    const owner = await (await newContext()).newPage();
    await signUpLandlord(owner, { orgName: "Invite Test Org" });
    const managerEmail = unique("manager");
    await owner.goto("/team");
    await owner.getByLabel("Email").fill(managerEmail);
    await owner.getByLabel("Role").selectOption("manager");
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await owner.getByText(managerEmail).first().waitFor();

    const manager = await (await newContext()).newPage();
    const link = await findMailLink(manager, managerEmail, "/invitations/accept?token=");
    await manager.goto(link);
    await manager
      .getByRole("link", { name: /sign up|create account/i })
      .first()
      .click();
    await manager.getByLabel("Name", { exact: true }).fill("Marc Manager");
    const renterChoice = manager.getByLabel(/renter/i).first();
    if (await renterChoice.isVisible().catch(() => false)) await renterChoice.check();
    await manager.getByLabel("Email").fill(managerEmail);
    await manager.getByLabel("Password").fill(PASSWORD);
    await manager.getByRole("button", { name: "Create account" }).click();
    await manager.waitForURL(/invitations\/accept/);
    await manager.getByRole("button", { name: "Accept invitation" }).click();
    await manager.waitForURL(/\/dashboard/);
    await manager.getByText("Invite Test Org").first().waitFor();
  },
};
