import assert from "node:assert/strict";
import { findMailLink, PASSWORD, signUpLandlord } from "./landlord.mjs";

// Two browsers, landlord and renter, in one apartment room: chat and a payment confirmation appear live
// on the other side without a reload.
const unique = (label) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;

export async function apartmentFor(landlord, baseURL) {
  // The portfolio UI is covered by landlord.mjs; here the landlord's own session creates it through the API.
  const post = (path, body) =>
    landlord.request.post(`${baseURL}${path}`, { data: body, headers: { origin: baseURL } }).then((r) => r.json());
  const property = await post("/api/properties", {
    name: "Room House",
    address: "5 Rue du Chat",
    city: "Lyon",
    postalCode: "69002",
    country: "France",
  });
  const apartment = await post("/api/apartments", {
    propertyId: property.id,
    unitNumber: "4B",
    roomsCount: 2,
    rentAmount: 85000,
    currency: "EUR",
  });
  return apartment.id;
}

/** The landlord adds a renter on the apartment page; the renter signs up from the emailed invitation and accepts. */
export async function addRenterThroughUi({ landlord, newContext, apartmentId, name }) {
  const renterEmail = unique("renter");
  await landlord.goto(`/apartments/${apartmentId}`);
  await landlord.getByLabel("Renter email").fill(renterEmail);
  await landlord.getByLabel("Lease start").fill("2026-01-01");
  await landlord.getByRole("button", { name: "Add renter" }).click();
  await landlord.getByText("Invitation sent.").waitFor();

  const renterContext = await newContext();
  const renter = await renterContext.newPage();
  const link = await findMailLink(renter, renterEmail, "/invitations/accept?token=");
  await renter.goto(link);
  await renter
    .getByRole("link", { name: /sign up|create account/i })
    .first()
    .click();
  await renter.getByLabel("Name", { exact: true }).fill(name);
  const renterChoice = renter.getByLabel(/renter/i).first();
  if (await renterChoice.isVisible().catch(() => false)) await renterChoice.check();
  await renter.getByLabel("Email").fill(renterEmail);
  await renter.getByLabel("Password").fill(PASSWORD);
  await renter.getByRole("button", { name: "Create account" }).click();
  await renter.waitForURL(/invitations\/accept/);
  await renter.getByRole("button", { name: "Accept invitation" }).click();
  await renter.waitForURL(new RegExp(`/homes/${apartmentId}`));
  return { renter, renterContext, renterEmail };
}

export const tests = {
  async "landlord and renter see chat and a payment confirmation live"({ newContext, baseURL }) {
    const landlordContext = await newContext();
    const landlord = await landlordContext.newPage();
    await signUpLandlord(landlord, { orgName: "Live Room Lettings" });
    const apartmentId = await apartmentFor(landlordContext, baseURL);

    const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rémi Rentier" });

    await landlord.goto(`/apartments/${apartmentId}`);
    await landlord.getByTestId("room-status").getByText("Live").waitFor();
    await renter.getByTestId("room-status").getByText("Live").waitFor();

    // Chat, both ways.
    await renter.getByLabel("Message", { exact: true }).fill("Bonjour, the heating works again!");
    await renter.getByRole("button", { name: "Send", exact: true }).click();
    await landlord.getByTestId("chat-log").getByText("Bonjour, the heating works again!").waitFor();
    await landlord.getByLabel("Message", { exact: true }).fill("Great, thanks for telling me.");
    await landlord.getByRole("button", { name: "Send", exact: true }).click();
    await renter.getByTestId("chat-log").getByText("Great, thanks for telling me.").waitFor();
    await landlord.getByText(/Online: Rémi Rentier/).waitFor();

    // The renter reports a payment; the landlord confirms it; the renter sees the confirmation live.
    await renter.getByLabel(/What happened/).fill("Payment sent for May");
    await renter.getByLabel(/Amount/).fill("850.00");
    await renter.getByLabel(/Period/).fill("2026-05");
    await renter.getByRole("button", { name: "Post to the feed" }).click();
    const item = landlord.locator("[data-activity-id]", { hasText: "Payment sent for May" });
    await item.waitFor();
    assert.match(await item.innerText(), /850\.00/);
    await item.getByRole("button", { name: "Confirm" }).click();
    await renter
      .locator("[data-activity-id]", { hasText: "Payment sent for May" })
      .getByText(/Confirmed by Lena Landlord/)
      .waitFor();
  },
};
