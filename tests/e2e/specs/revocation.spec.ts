import { expect, test } from "../fixtures";
import { apartmentFor, signUpLandlord } from "../flows";

// Issue 11 §3: signing out takes effect everywhere at once. Two tabs of one browser (one session): the
// apartment room is open in one; signing out in the other closes the room's socket, and the open room says
// it was disconnected and can no longer post.
test("signing out in one tab disconnects the room open in another", async ({
  newContext,
  baseURL,
  expectPageError,
}) => {
  const context = await newContext();
  const roomTab = await context.newPage();
  await signUpLandlord(roomTab, { orgName: "Two Tabs Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);

  await roomTab.goto(`/apartments/${apartmentId}?tab=chat`);
  await roomTab.getByTestId("room-status").getByText("Live").waitFor();
  await roomTab.getByLabel("Message", { exact: true }).fill("Before signing out");
  await roomTab.getByRole("button", { name: "Send", exact: true }).click();
  await roomTab.getByTestId("chat-log").getByText("Before signing out").waitFor();

  // Once signed out, the room tab's requests (a fresh ticket, the read marker) answer 401: that is the point.
  expectPageError("status of 401");
  const otherTab = await context.newPage();
  await otherTab.goto("/dashboard");
  // The dashboard's own live channel is open first: signing out while it is still connecting would have its
  // handshake refused (a console error of the race, not of the behaviour under test).
  await otherTab.locator('[data-testid="live-status"][data-live="true"]').waitFor();
  await otherTab.getByRole("button", { name: "Sign out" }).click();
  await otherTab.waitForURL(/\/login/);

  // The open room learns at once: disconnected, saying why, and the composer is closed.
  await roomTab.getByTestId("room-status").getByText("Disconnected").waitFor();
  // The frame carries the code `signed_out`; the page words it from the catalogue (room.revocation).
  await expect(roomTab.getByRole("alert")).toHaveText(
    "Disconnected: this session was signed out; sign in again to continue.",
  );
  await expect(roomTab.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  // It stays disconnected: no fresh ticket is granted to a signed-out browser.
  await expect(roomTab.getByTestId("room-status")).toHaveText("Disconnected");
});
