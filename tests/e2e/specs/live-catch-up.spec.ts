import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "../fixtures";
import { addRenterThroughUi, apartmentFor, monthsCharged, signUpLandlord } from "../flows";

// A change made between a page's loader and its live socket reaches the page (app/components/use-live-socket.ts):
// the room's notice went out before the socket was there and is never sent again, but the connection's hello
// says when the room last announced a change, and the page reloads when that is after its loader read. Made
// deterministic by holding the page's socket (Playwright's WebSocket route) until the change has reached the
// room, seen on another page that is connected.

const euros = (n: number) => `€${n.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

/** Holds `page`'s sockets to apartment rooms until `release()`; `attempted` resolves once the page tried to connect. */
async function holdRoomSockets(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const attempted = new Promise<void>((resolve) => (asked = resolve));
  await page.routeWebSocket(/\/parties\/apartment-room\//, async (ws) => {
    asked();
    await released;
    ws.connectToServer();
  });
  return { attempted, release };
}

test("a ledger credit made while the renter's Rent tab was still connecting shows there once it connects", async ({
  newContext,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const landlordContext = await newContext({ viewport: { width: 1280, height: 900 } });
  const landlord = await landlordContext.newPage();
  await signUpLandlord(landlord, { orgName: "Catch-Up Lettings" });
  const apartmentId = await apartmentFor(landlordContext, baseURL);
  const { renter } = await addRenterThroughUi({ landlord, newContext, apartmentId, name: "Rosa Renter" });
  const cron = await fetch(`${baseURL}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 6 * * *")}`);
  expect(cron.status).toBe(200);
  const owed = 850 * monthsCharged();

  // The renter's Rent tab: its loader has read the amount due; its socket is held before it connects.
  const held = await holdRoomSockets(renter);
  await renter.goto(`/homes/${apartmentId}`);
  await hydrated(renter);
  const due = renter.getByTestId("balance-card").getByTestId("amount-due");
  await expect(due).toHaveText(euros(owed));
  await held.attempted;

  // Meanwhile the landlord credits the lease 100 € (a ledger adjustment: the room sends a ledger notice,
  // which has no sequence number and is never replayed). A second landlord page, connected to the room (its
  // Chat tab), shows when the room has sent it: the renter's page was not there to get it.
  const watcher = await landlordContext.newPage();
  await watcher.goto(`/apartments/${apartmentId}?tab=chat`);
  await watcher.getByTestId("room-status").getByText("Live", { exact: true }).waitFor();
  const glance = watcher.getByTestId("apartment-glance");
  await glance.getByText(`${euros(owed)} due`).waitFor();
  const room = await landlordContext.request.get(`${baseURL}/api/apartments/${apartmentId}/room`);
  const leaseId = ((await room.json()) as { leases: { id: string }[] }).leases[0]!.id;
  const credited = await landlordContext.request.post(`${baseURL}/api/leases/${leaseId}/adjustments`, {
    data: { amount: -10_000, reason: "Boiler out for a week" },
    headers: { origin: baseURL },
  });
  expect(credited.status(), await credited.text()).toBeLessThan(300);
  await glance.getByText(`${euros(owed - 100)} due`).waitFor();
  await expect(due).toHaveText(euros(owed));

  // The renter's socket connects now: its hello says the room changed after the page was read.
  // (partysocket gave up on the held attempt after its 4 s connect timeout and retries with a back-off of up to
  // 10 s: the wait covers the next attempt.)
  held.release();
  await expect(due).toHaveText(euros(owed - 100), { timeout: 30_000 });
});
