import { join } from "node:path";
import { fr } from "../../../app/i18n/messages/fr";
import { expect, test } from "../fixtures";
import { PASSWORD, verifiedAccount } from "../flows";

// Issue 16 §3 (GDPR art. 17) in French at 375 and 1280 px: a renter opens "Supprimer mon compte" on the
// account page, reads what goes and what the landlords keep, types a wrong password (refused in words, still
// signed in), then the right one, and lands on the home page signed out with the sentence saying it is done;
// an owner sees "Fermer cette organisation" in the settings. Screenshots `artifacts/screens/erasure-*.png`.

const artifacts = join(import.meta.dirname, "..", "artifacts", "screens");
const e = fr.erasureForms;
const m = fr.erasureModal;

for (const width of [375, 1280]) {
  test(`a renter deletes their account (${width} px)`, async ({ baseURL, newContext, expectPageError }) => {
    // The wrong password's refusal: the browser logs the fetcher's 422.
    expectPageError(/422/);
    const { email } = await verifiedAccount(baseURL, { accountType: "renter", locale: "fr" });
    const context = await newContext({ locale: "fr-FR", viewport: { width, height: 900 } });
    const login = await context.request.post("/api/auth/login", {
      data: { email, password: PASSWORD },
      headers: { origin: baseURL },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: e.account.title })).toBeVisible();
    await page.screenshot({ path: join(artifacts, `erasure-account-${width}.png`), fullPage: true });

    await page.getByRole("button", { name: e.account.open }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText(e.account.kept)).toBeVisible();
    await dialog.getByLabel(m.account.password).fill("pas le bon mot de passe");
    await dialog.getByRole("button", { name: m.account.confirm }).click();
    await expect(dialog.getByRole("alert")).toContainText(fr.problems.wrong_password);
    await page.screenshot({ path: join(artifacts, `erasure-dialog-${width}.png`) });

    await dialog.getByLabel(m.account.password).fill(PASSWORD);
    await dialog.getByRole("button", { name: m.account.confirm }).click();
    await expect(page.getByText(fr.home.erasedNotice)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.screenshot({ path: join(artifacts, `erasure-done-${width}.png`) });
    expect((await context.cookies()).some((c) => c.name === "rl_access" || c.name === "rl_refresh")).toBe(false);
  });

  test(`an owner sees how to close the organization (${width} px)`, async ({ baseURL, newContext }) => {
    const { email } = await verifiedAccount(baseURL, {
      accountType: "landlord",
      orgName: "Fermeture Immobilier",
      locale: "fr",
    });
    const context = await newContext({ locale: "fr-FR", viewport: { width, height: 900 } });
    const login = await context.request.post("/api/auth/login", {
      data: { email, password: PASSWORD },
      headers: { origin: baseURL },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: e.org.title })).toBeVisible();
    await page.getByRole("button", { name: e.org.open }).click();
    await expect(page.getByRole("dialog").getByText(e.org.kept)).toBeVisible();
    await page.screenshot({ path: join(artifacts, `erasure-org-dialog-${width}.png`) });
  });
}
