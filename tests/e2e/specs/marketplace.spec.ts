import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { apartmentFor, futureMoveIn, openTab, PASSWORD, signUpLandlord, verifyEmailFromMailbox } from "../flows";

// The marketplace end to end: a landlord publishes a listing; a visitor finds it by city and keywords,
// reads its server-rendered page, signs up as a renter, builds a dossier and applies; the landlord accepts
// and marks the first payment received; the renter finds the apartment in My homes.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${"x".repeat(600)}\n%%EOF\n`);

test("marketplace: search, sign up, dossier, apply; the landlord accepts and confirms; the home appears", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  const landlordContext = await newContext();
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Agence Marché" });
  await apartmentFor(landlordContext, baseURL);
  const city = `Annecy${Date.now().toString(36).slice(-5)}`;

  await landlord.goto("/manage/listings/new");
  await landlord.getByLabel("Title").fill("Studio lumineux au bord du lac");
  await landlord.getByLabel("Description").fill("Studio meublé, vue sur le lac, à deux pas de la vieille ville.");
  await landlord.getByLabel("City").fill(city);
  await landlord.getByLabel("Address").fill("3 Quai Napoléon III");
  await landlord.getByLabel("Type").selectOption("studio");
  await landlord.getByLabel("Rent", { exact: true }).fill("650.00");
  await landlord.getByLabel("Available from").fill("2026-09-01");
  await landlord.getByLabel("id card").check();
  // A draft may lack what a French ad must show; publishing it may not (issue 13 §7).
  await landlord.getByLabel("Living area (m²)").fill("24,5");
  await landlord.getByLabel("Furnished or not").selectOption("true");
  await landlord.getByRole("button", { name: "Create the draft" }).click();
  await landlord.waitForURL(/\/manage\/listings\/[^/?]+\?photos=0/);
  await landlord.goto("/manage/listings");
  expectPageError("status of 422"); // the refused publication's answer
  await landlord.getByTestId("my-listings").getByRole("button", { name: "Publish" }).click();
  await landlord
    .getByText("To publish this listing in France, fill in the energy class (or “DPE not required”) and the GHG class.")
    .waitFor();
  await landlord.getByTestId("my-listings").getByRole("link", { name: "Edit" }).click();
  await expect(landlord.getByLabel("Living area (m²)")).toHaveValue("24.5");
  await landlord.getByLabel("Energy class (DPE)").selectOption("C");
  await landlord.getByLabel("Climate class (GHG)").selectOption("D");
  await landlord.getByLabel("Kind of charges").selectOption("provision");
  await landlord.getByLabel("Estimated energy costs, min. (per year)").fill("480");
  await landlord.getByLabel("Estimated energy costs, max. (per year)").fill("690");
  await landlord.getByLabel("Reference year of energy prices").fill("2023");
  await landlord.getByRole("button", { name: "Save changes" }).click();
  await landlord.waitForURL(/\/manage\/listings$/);
  await landlord.getByTestId("my-listings").getByRole("button", { name: "Publish" }).click();
  await landlord.getByTestId("my-listings").getByRole("link", { name: "Public page" }).waitFor();
  await landlord.getByLabel(/^Photo for/).setInputFiles({ name: "lac.png", mimeType: "image/png", buffer: PNG });
  await landlord.getByRole("button", { name: "Add photos" }).click();
  await landlord.getByText("1 photo added.").waitFor();
  await landlord.getByTestId("my-listings").getByRole("link", { name: "Edit" }).click();
  await landlord.getByRole("img", { name: "Photo 1" }).waitFor();
  await landlord.waitForLoadState("networkidle");
  await landlord
    .getByLabel("Description")
    .fill("Studio meublé, vue sur le lac, à deux pas de la vieille ville. Parking inclus.");
  await landlord.getByRole("button", { name: "Save changes" }).click();
  await landlord.waitForURL(/\/manage\/listings$/);

  // A visitor searches by city and keywords, and opens the server-rendered listing page.
  const visitorContext = await newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/listings");
  await visitor.getByLabel("City").fill(city.toLowerCase());
  await visitor.getByLabel("Keywords").fill("lac");
  await visitor.getByRole("button", { name: "Search" }).click();
  await visitor.getByTestId("result-count").getByText("1 listing").waitFor();
  // The ad filters: in the URL (shareable), class C is "at least C", not "at least B"; the card shows the ad.
  await visitor.getByRole("button", { name: "More filters" }).click();
  await visitor.getByLabel("Min. area (m²)").fill("24.5");
  await visitor.getByLabel("Energy class").selectOption("B");
  await visitor.getByRole("button", { name: "Search" }).click();
  await visitor.getByTestId("result-count").getByText("0 listings").waitFor();
  expect(new URL(visitor.url()).searchParams.get("energyClassMin")).toBe("B");
  await visitor.getByLabel("Energy class").selectOption("C");
  await visitor.getByLabel("Furnished", { exact: true }).selectOption("true");
  await visitor.getByRole("button", { name: "Search" }).click();
  await visitor.getByTestId("result-count").getByText("1 listing").waitFor();
  await expect(visitor.getByTestId("card-facts")).toHaveText(/24\.5 m².*2 rooms.*furnished.*DPE C/);
  await visitor.getByRole("link", { name: /Studio lumineux au bord du lac/ }).click();
  await visitor.waitForURL(/\/listings\/[^/]+$/);
  const listingUrl = new URL(visitor.url()).pathname;
  expect(await visitor.locator('meta[property="og:title"]').getAttribute("content")).toBe(
    "Studio lumineux au bord du lac",
  );
  expect(await visitor.title()).toMatch(new RegExp(`Studio lumineux au bord du lac — ${city}`));
  expect(await visitor.locator('meta[property="og:image"]').getAttribute("content")).toMatch(
    /\/api\/public\/listings\/.+\/photos\//,
  );
  await visitor.getByRole("img", { name: /photo 1/ }).waitFor();
  // The photo strip scrolls sideways: a named region the keyboard reaches (WCAG 2.1.1).
  const strip = visitor.getByRole("region", { name: "Listing photos (1 photo), scroll with the arrow keys" });
  await strip.focus();
  await expect(strip).toBeFocused();
  await expect(strip).toHaveAttribute("tabindex", "0");
  await visitor.getByText(/Parking inclus\./).waitFor();
  await visitor.getByText(/Documents: ID card/).waitFor();
  // What a French ad must show, the DPE and GES as labels with the class highlighted.
  await expect(visitor.getByTestId("listing-facts")).toContainText("24.5 m²");
  await expect(visitor.getByTestId("listing-facts")).toContainText("Furnished");
  await expect(visitor.getByTestId("energy-label").locator('li[aria-current="true"]')).toHaveText(/^C/);
  await expect(visitor.getByTestId("ghg-label").locator('li[aria-current="true"]')).toHaveText(/^D/);
  await expect(visitor.getByTestId("energy-costs")).toHaveText(
    "Estimated yearly energy costs for standard use: between €480.00 and €690.00 a year. Average energy prices as of 1 January 2023 (standing charges included).",
  );
  const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
  expect(sitemap.includes(listingUrl), "the sitemap lists the listing").toBe(true);

  // The visitor signs up as a renter and builds a dossier.
  await visitor.goto("/signup");
  await visitor
    .getByLabel(/renter/i)
    .first()
    .check();
  await visitor.getByLabel("Name", { exact: true }).fill("Élodie Dubois");
  const renterEmail = `renter-${Date.now().toString(36)}@example.com`;
  await visitor.getByLabel("Email").fill(renterEmail);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await visitor.waitForURL(/\/homes/);
  // Applying needs a confirmed address (issue 11 §4).
  await verifyEmailFromMailbox(visitor, renterEmail);
  await visitor.goto("/dossier");
  await visitor.getByLabel("First name").fill("Élodie");
  await visitor.getByLabel("Last name").fill("Dubois");
  await visitor.getByLabel("Phone").fill("+33 6 11 22 33 44");
  await visitor.getByLabel("Birth date").fill("1999-05-04");
  await visitor.getByLabel("Address").fill("8 Rue Sainte-Catherine, 69001 Lyon");
  await visitor.getByLabel("Nationality").fill("French");
  await visitor.getByRole("button", { name: "Save profile" }).click();
  await visitor.getByLabel("Kind").selectOption("id_card");
  await visitor
    .getByLabel(/^File/)
    .setInputFiles({ name: "carte-identite.pdf", mimeType: "application/pdf", buffer: PDF });
  await visitor.getByRole("button", { name: "Upload" }).click();
  await visitor.getByText("carte-identite.pdf").first().waitFor();

  // Apply from the listing page.
  await visitor.goto(listingUrl);
  await visitor.getByRole("link", { name: "Apply" }).click();
  await visitor.getByLabel("Move-in date").fill(futureMoveIn());
  await visitor.getByText("Change some details for this application only").click();
  await visitor.getByLabel("Phone").fill("+33 7 00 00 00 01");
  await visitor.getByRole("button", { name: "Send my application" }).click();
  await visitor.waitForURL(/\/applications\/[^/]+$/);
  await visitor.getByTestId("application-status").getByText("Pending").waitFor();
  const applicationUrl = new URL(visitor.url()).pathname;

  // They talk about it live in the application's conversation.
  await landlord.goto(applicationUrl);
  const send = async (page: Page, text: string) => {
    await page.getByLabel("Message", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Send", exact: true }).click();
  };
  await landlord.getByText(/Online: Élodie Dubois/).waitFor();
  await landlord.getByText(/\+33 7 00 00 00 01/).waitFor(); // the phone given for this application only
  await send(visitor, "Bonjour, le studio est-il toujours disponible ?");
  await landlord.getByTestId("chat-log").getByText("Bonjour, le studio est-il toujours disponible ?").waitFor();
  await send(landlord, "Oui, je regarde votre dossier.");
  await visitor.getByTestId("chat-log").getByText("Oui, je regarde votre dossier.").waitFor();

  // The landlord accepts, then marks the first payment received.
  await landlord
    .getByLabel("Note for the other side (optional)")
    .fill("Bienvenue ! Premier loyer à réception du contrat.");
  await landlord.getByRole("button", { name: "Accept" }).click();
  await landlord
    .getByTestId("application-status")
    .getByText(/Accepted/)
    .waitFor();
  await landlord.getByRole("button", { name: "Mark first payment received" }).click();
  await landlord.getByTestId("application-status").getByText("Confirmed").waitFor();

  // The renter now has the apartment in My homes.
  // Their only home: My homes opens it directly.
  await visitor.goto("/homes");
  await visitor.waitForURL(/\/homes\/[^/]+$/);
  await visitor.getByText("Agence Marché").first().waitFor();
  await visitor.getByTestId("balance-card").waitFor();
  // The home's chat is with the landlord now, live on its Chat tab.
  await openTab(visitor, "Chat");
  await visitor.getByTestId("room-status").getByText("Live").waitFor();
});
