import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, signUpLandlord } from "../flows";

// A rental agreement end to end in two browsers: the landlord creates and generates it, the renter signs it
// on the canvas while the landlord watches, the landlord countersigns, the final PDF verifies at /verify.
// Leaves tests/e2e/artifacts/agreement-page1.png (pdftoppm) for people to look at: the renter's address
// there is written in Vietnamese, Hebrew, Arabic and Chinese.

async function drawSignature(page: Page) {
  const pad = page.getByTestId("signature-pad");
  // In the middle of the screen, as a person scrolls to draw: never under the phone's bottom tab bar.
  await pad.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = await pad.boundingBox();
  if (!box) throw new Error("the signature pad is not visible");
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(box.x + 20 + i * 18, box.y + box.height * (0.7 - 0.4 * Math.sin(i / 2)), { steps: 2 });
  await page.mouse.up();
  await page.getByText("Signature captured.").waitFor();
}

async function sign(page: Page, name: string) {
  await page.getByLabel("Type your full name").fill(name);
  await drawSignature(page);
  await page.getByLabel(/I agree to sign it electronically/).check();
  await page.getByRole("button", { name: "Sign", exact: true }).click();
  await page.getByText("Your signature is recorded.").waitFor();
}

test("a rental agreement is generated, signed by both sides live, and verifies", async ({
  newContext,
  baseURL,
  artifacts,
}) => {
  const landlordContext = await newContext();
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Agence Lumière" });
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  // A furnished lease: the agreement's template follows the lease's kind (worker/documents/law.ts).
  const { renter } = await addRenterThroughUi({
    landlord,
    newContext,
    apartmentId,
    name: "Élodie Dubois",
    kind: "furnished",
  });

  // The landlord creates the agreement from a template and completes what the form lists as missing.
  await landlord.goto(`/apartments/${apartmentId}?tab=documents`);
  await landlord.getByText("Draft an agreement", { exact: true }).click();
  await landlord.getByLabel("Template").selectOption("standard-fr-furnished");
  await landlord.getByRole("button", { name: "New agreement" }).click();
  await landlord.waitForURL(/\/documents\//);
  const documentUrl = new URL(landlord.url()).pathname;
  await landlord.getByText("Before sending for signature:").waitFor();
  await landlord.getByLabel("Landlord address").fill("1 Place Bellecour, 69002 Lyon");
  await landlord.getByRole("group", { name: "Renter 1" }).getByLabel("ID number", { exact: true }).fill("FR-123456");
  // An address in several scripts (issue 12): page 1's PNG in the artifacts shows each drawn, not blank.
  await landlord
    .getByRole("group", { name: "Renter 1" })
    .getByLabel("Address", { exact: true })
    .fill("c/o Trần Thị Hoa, נועה לוי, شارع الملك فهد 12، 北京市朝阳区建国路88号");
  await landlord
    .getByLabel("Special clauses (one per line)")
    .fill("Le jardin est entretenu par le locataire.\nLes animaux sont acceptés.");
  // The annexes French law makes mandatory for a furnished lease (art. 3, 3-3, 25-5): attached, so ticked.
  for (const annex of [
    "Energy performance certificate (DPE)",
    "Risk statement (ERP)",
    "Information notice",
    "Move-in condition report",
    "Furniture inventory",
  ])
    await landlord.getByLabel(annex, { exact: true }).check();
  await landlord.getByRole("button", { name: "Save", exact: true }).click();
  await landlord.getByText("Saved. Generate the PDF again").waitFor();

  // Generate: "rendering…" then "ready" arrive live, and the preview shows up.
  await landlord.getByRole("button", { name: "Generate PDF" }).click();
  await landlord.getByTestId("pdf-link").waitFor({ timeout: 30_000 });
  await landlord.locator("iframe[title='Agreement preview']").waitFor();
  await landlord.getByRole("button", { name: "Send for signature" }).click();
  await landlord.getByText("Out for signature").first().waitFor();

  // The renter opens it from My documents; each side sees the other viewing it.
  await renter.goto("/documents");
  await renter.getByRole("link", { name: /Contrat de location meublée/ }).click();
  await renter.waitForURL(new RegExp(documentUrl));
  await landlord
    .getByTestId("viewers")
    .getByText(/Élodie Dubois \(renter\)/)
    .waitFor();
  await renter
    .getByTestId("viewers")
    .getByText(/\(landlord\)/)
    .waitFor();

  // The landlord cannot countersign yet; the renter signs on the canvas; the landlord sees it live.
  expect(await landlord.getByRole("button", { name: "Sign", exact: true }).count()).toBe(0);
  await sign(renter, "Élodie Dubois");
  await landlord
    .getByTestId("signers")
    .getByText(/^Signed /)
    .first()
    .waitFor();
  await landlord.getByRole("heading", { name: "Countersign" }).waitFor();
  await sign(landlord, "Lena Landlord");

  // The signed PDF with its certificate appears on both sides without a reload.
  const hash = await renter.getByTestId("signed-sha256").textContent({ timeout: 30_000 });
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await landlord.getByTestId("signed-sha256").waitFor();
  const pdfUrl = await renter.getByTestId("pdf-link").getAttribute("href");
  const response = await renter.context().request.get(`${baseURL}${pdfUrl}`);
  expect(response.status()).toBe(200);
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const file = `${artifacts}agreement-signed.pdf`;
  writeFileSync(file, pdf);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  for (const written of ["Trần Thị Hoa", "נועה לוי", "北京市朝阳区建国路88号", "Élodie Dubois"])
    expect(text).toContain(written);
  if (existsSync("/usr/bin/pdftoppm")) {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      file,
      `${artifacts}agreement-page1`,
    ]);
    expect(existsSync(`${artifacts}agreement-page1.png`), "pdftoppm wrote page 1").toBe(true);
  }

  // Anyone can check it at /verify, signed out.
  const visitor = await (await newContext()).newPage();
  await visitor.goto("/verify");
  await visitor
    .getByLabel("PDF file")
    .setInputFiles({ name: "agreement.pdf", mimeType: "application/pdf", buffer: pdf });
  await visitor.getByRole("button", { name: "Verify" }).click();
  await visitor.getByTestId("verdict").getByText("Genuine and fully signed").waitFor();
  await visitor
    .getByTestId("verdict")
    .getByText(/Élodie Dubois \(renter\)/)
    .waitFor();
  await visitor.getByLabel("PDF file").setInputFiles([]);
  await visitor.getByLabel("…or its SHA-256").fill("0".repeat(64));
  await visitor.getByRole("button", { name: "Verify" }).click();
  await visitor.getByTestId("verdict").getByText("Unknown or altered").waitFor();
});
