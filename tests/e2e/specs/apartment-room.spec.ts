import { expect, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, openTab, signUpLandlord } from "../flows";

// Two browsers, landlord and renter, in one apartment room: chat and a payment confirmation appear live
// on the other side without a reload.
test("landlord and renter see chat and a payment confirmation live", async ({ newContext, baseURL }) => {
  const landlordContext = await newContext();
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Live Room Lettings" });
  const apartmentId = await apartmentFor(landlordContext, baseURL);

  const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rémi Rentier" });

  await landlord.goto(`/apartments/${apartmentId}?tab=chat`);
  await landlord.getByTestId("room-status").getByText("Live").waitFor();
  // Navigating to the page it was on is a reload for Chromium, which restores the scroll: start at the top.
  await landlord.evaluate(() => window.scrollTo(0, 0));
  // The renter's home opens on Rent: the live room (feed and chat) is on its Chat tab.
  await openTab(renter, "Chat");
  await renter.getByTestId("room-status").getByText("Live").waitFor();

  // Chat, both ways.
  await renter.getByLabel("Message", { exact: true }).fill("Bonjour, the heating works again!");
  await renter.getByRole("button", { name: "Send", exact: true }).click();
  await landlord.getByTestId("chat-log").getByText("Bonjour, the heating works again!").waitFor();
  // A message scrolls the chat log, never the page: the landlord's page stays at its top (money first). Polled,
  // so a scroll that an effect would do just after the message shows is seen.
  const atTop = () => expect.poll(() => landlord.evaluate(() => window.scrollY)).toBe(0);
  await atTop();
  await landlord.reload();
  await landlord.getByTestId("chat-log").getByText("Bonjour, the heating works again!").waitFor();
  await landlord.getByTestId("room-status").getByText("Live").waitFor();
  await atTop();
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
  expect(await item.innerText()).toMatch(/850\.00/);
  // The payments waiting for confirmation, on the Overview tab (the room stays live there), follow live too.
  const tabs = landlord.getByRole("navigation", { name: "Apartment sections" });
  await tabs.getByRole("link", { name: /^Overview/ }).click();
  const pending = landlord.getByTestId("pending-payments");
  await expect(pending).toContainText("850.00");
  await pending.getByRole("button", { name: "Confirm" }).click();
  await renter
    .locator("[data-activity-id]", { hasText: "Payment sent for May" })
    .getByText(/Confirmed by Lena Landlord/)
    .waitFor();
  await expect(landlord.getByTestId("pending-payments")).toHaveCount(0);
});
