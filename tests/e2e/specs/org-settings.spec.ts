import { expect, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, signUpLandlord } from "../flows";

// Org settings (issue 13 §1): the owner's settings page in Hebrew on a phone (right to left, nothing wider
// than the screen), a wrong IBAN refused next to its field in the page's language, a right one saved and
// shown grouped; the renter then sees the bank details and the transfer reference where they pay.
test("settings: an owner enters bank details in Hebrew on a phone; the renter sees them where they pay", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  const landlordContext = await newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Hebrew Lettings" });
  await landlordContext.addCookies([{ name: "rl_lang", value: "he", url: baseURL }]);
  await landlord.goto("/settings");
  await expect(landlord.locator("html")).toHaveAttribute("dir", "rtl");
  await landlord.getByRole("heading", { name: "הגדרות הארגון" }).waitFor();
  const overflow = await landlord.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  const bank = landlord.locator("form", { has: landlord.locator('input[name="intent"][value="bank"]') });
  await bank.getByLabel("בעל החשבון").fill("SCI Hebrew");
  // One digit changed: refused (400), the sentence in Hebrew next to the field.
  expectPageError(/status of 400/);
  await bank.getByLabel("IBAN").fill("FR76 3000 6000 0112 3456 7890 188");
  await bank.getByRole("button", { name: "שמירה" }).click();
  await bank.getByText("מספר ה-IBAN אינו תקין").waitFor();
  await bank.getByLabel("IBAN").fill("fr7630006000011234567890189");
  await bank.getByLabel("BIC").fill("AGRIFRPP");
  await bank.getByRole("button", { name: "שמירה" }).click();
  await landlord.getByRole("status").getByText("השינויים נשמרו.").waitFor();
  await expect(bank.getByLabel("IBAN")).toHaveValue("FR76 3000 6000 0112 3456 7890 189");

  // The renter's home: the bank details and the lease's reference, in French here.
  await landlordContext.addCookies([{ name: "rl_lang", value: "en", url: baseURL }]);
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Noa Renter" });
  await renter.context().addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);
  await renter.goto(`/homes/${apartmentId}`);
  // Issue 14: the bank details open with "I've paid by transfer" on the balance card.
  await renter.getByText("J’ai payé par virement", { exact: true }).click();
  const block = renter.getByRole("region", { name: "Payer par virement" });
  await block.getByText("FR76 3000 6000 0112 3456 7890 189").waitFor();
  await block.getByText("SCI Hebrew").waitFor();
  await expect(block.getByText(/^RL-[0-9A-F]{8}$/)).toHaveCount(1);
});

// A submit with several invalid fields marks every one at once, the contract's checks (an email) beside
// those across fields (a French SIRET, a French postcode), each with its sentence next to it.
test("settings: every invalid identity field is shown at once", async ({ newContext, expectPageError, artifacts }) => {
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const landlord = await context.newPage();
  await signUpLandlord(landlord, { orgName: "Many Errors Lettings" });
  await landlord.goto("/settings");
  const identity = landlord.locator("form", { has: landlord.locator('input[name="intent"][value="identity"]') });
  await identity.getByLabel("Company number").fill("123 456");
  await identity.getByLabel("Postcode").fill("750");
  await identity.getByLabel("Contact email").fill("not-an-email");
  expectPageError(/status of 400/);
  await identity.getByRole("button", { name: "Save" }).click();
  for (const label of ["Company number", "Postcode", "Contact email"])
    await expect(identity.getByLabel(label)).toHaveAttribute("aria-invalid", "true");
  await expect(identity.getByLabel("Display name")).not.toHaveAttribute("aria-invalid", "true");
  await landlord.screenshot({ path: `${artifacts}screens/settings-errors-1280.png`, fullPage: true });
});
