import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, renterAccepts, signUpLandlord, unique } from "../flows";

// A French furnished lease in French (issue 13, loi n° 89-462): the landlord asks for a three-month deposit,
// reads the law's sentence (art. 25-6: two months' rent excluding charges, 1 700,00 € on an 850,00 € rent)
// while typing and again from the API next to the field, corrects it, and the lease is created; its
// agreement is furnished, checked live in the editor, generated and sent. Leaves
// tests/e2e/artifacts/french-furnished-agreement.pdf (and page PNGs with pdftoppm) for people to read.

const CAP_SENTENCE = /Le dépôt de garantie ne peut dépasser 2 mois de loyer hors charges, soit 1\s700,00\s€\./;

test("a French furnished lease refuses a deposit above two months' rent, then its agreement is sent", async ({
  newContext,
  baseURL,
  artifacts,
  expectPageError,
}) => {
  const landlordContext = await newContext();
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Agence Lumière" });
  const apartmentId = await apartmentFor(landlordContext, baseURL); // Lyon, France: 850,00 € a month
  await landlordContext.addCookies([{ name: "rl_lang", value: "fr", url: baseURL }]);

  // A furnished lease for one year with a deposit of three months' rent: said before sending.
  const renterEmail = unique("renter");
  await landlord.goto(`/apartments/${apartmentId}?tab=leases`);
  const form = landlord.getByRole("form", { name: "Ajouter un locataire" });
  await form.getByLabel("E-mail du locataire").fill(renterEmail);
  await form.getByLabel("Type de bail").selectOption("furnished");
  await form.getByLabel("Début du bail").fill("2026-09-01");
  await form.getByLabel("Fin du bail (facultatif)").fill("2027-08-31");
  await form.getByLabel("Dépôt de garantie (facultatif)").fill("2550");
  await expect(form.getByText(/Durée\s:\s12 mois/)).toBeVisible();
  await expect(form.getByRole("alert").filter({ hasText: CAP_SENTENCE })).toBeVisible();

  // Sent anyway: the API refuses it (422 deposit_above_cap) and the sentence stands next to the deposit.
  expectPageError(/status of 422/);
  await form.getByRole("button", { name: "Ajouter le locataire" }).click();
  const deposit = form.getByLabel("Dépôt de garantie (facultatif)");
  await expect(deposit).toHaveAccessibleDescription(CAP_SENTENCE);
  await expect(
    form.getByText("Ce bail ne respecte pas la loi française : corrigez les champs signalés."),
  ).toBeVisible();
  await expect(landlord.getByTestId("toast").getByText("Invitation envoyée.")).toHaveCount(0);

  // Two months' rent is the cap itself: lawful, the live warning goes, the lease is created.
  await deposit.fill("1700");
  await expect(form.getByRole("alert").filter({ hasText: CAP_SENTENCE })).toHaveCount(0);
  await form.getByRole("button", { name: "Ajouter le locataire" }).click();
  await landlord.getByTestId("toast").getByText("Invitation envoyée.").waitFor();
  await expect(deposit).not.toHaveAccessibleDescription(CAP_SENTENCE);
  await landlord.getByText("Du 1er sept. 2026 au 31 août 2027", { exact: true }).waitFor();
  await renterAccepts({ newContext, renterEmail, apartmentId, name: "Oksana Kovalenko" });

  // The agreement: furnished like its lease; the editor checks the rules as the landlord types.
  await landlord.goto(`/apartments/${apartmentId}?tab=documents`);
  await hydrated(landlord); // a click before hydration can be lost while React takes over the form
  await landlord.getByText("Rédiger un contrat de bail", { exact: true }).click();
  // Only furnished templates are offered for a furnished lease, the French standard one preselected.
  const templates = landlord.locator('select[name="templateName"]');
  await expect(templates).toHaveValue("standard-fr-furnished");
  await expect(templates.locator('option[value$="-unfurnished"]')).toHaveCount(0);
  await landlord.locator('form:has(input[name="intent"][value="create-document"]) button').click();
  await landlord.waitForURL(/\/documents\//);
  const editor = landlord.getByRole("form", { name: "Champs du contrat de location" });
  await expect(editor.getByLabel("Type de bail")).toHaveValue("furnished");
  await expect(editor.getByText(/Durée\s:\s12 mois/)).toBeVisible();
  await editor.getByLabel("Dépôt de garantie", { exact: true }).fill("2000");
  await expect(editor.getByRole("alert").filter({ hasText: CAP_SENTENCE })).toBeVisible();
  await editor.getByLabel("Dépôt de garantie", { exact: true }).fill("1700");
  await expect(editor.getByRole("alert").filter({ hasText: CAP_SENTENCE })).toHaveCount(0);

  await editor.getByLabel("Adresse du bailleur").fill("1 place Bellecour, 69002 Lyon");
  await editor.getByRole("group", { name: "Locataire 1" }).getByLabel("N° de pièce d’identité").fill("UA-778812");
  for (const annex of [
    "Diagnostic de performance énergétique (DPE)",
    "État des risques (ERP)",
    "Notice d’information",
    "État des lieux d’entrée",
    "Inventaire du mobilier",
  ])
    await editor.getByLabel(annex).check();
  await expect(editor.getByText(/Annexes obligatoires non cochées/)).toHaveCount(0);
  await editor.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await landlord.getByTestId("toast").getByText("Enregistré. Générez à nouveau le PDF").waitFor();

  // Generate, then send: the API checks the same rules and lets it through; the terms lock.
  await landlord.locator('form:has(input[name="intent"][value="render"]) button').click();
  const pdfLink = landlord.getByTestId("pdf-link");
  await pdfLink.waitFor({ timeout: 30_000 });
  await landlord.locator('form:has(input[name="intent"][value="send"]) button').click();
  await editor.getByText("Envoyé pour signature : les conditions sont verrouillées.").waitFor();

  // The PDF says the term in months and lists the annexes, in French.
  const response = await landlordContext.request.get(`${baseURL}${await pdfLink.getAttribute("href")}`);
  expect(response.status()).toBe(200);
  const pdf = await response.body();
  const file = `${artifacts}french-furnished-agreement.pdf`;
  writeFileSync(file, pdf);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text).toMatch(/12\s+mois/);
  expect(text).toContain("Annexes");
  expect(text).toContain("Inventaire");
  if (existsSync("/usr/bin/pdftoppm"))
    execFileSync("pdftoppm", ["-png", "-r", "70", file, `${artifacts}french-furnished-agreement`]);
});
