import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { apartmentFor, signUpLandlord, unique } from "../flows";

// Room sockets decline permessage-deflate (worker/rooms/gate.ts): Chromium offers it on every
// WebSocket, and without the gates' answer each hop of the runtime would accept it, compressing every frame
// once per receiver. The page's own sockets are recorded as it opens them (the apartment room, the org room).

/** Records every WebSocket the page opens, before its scripts run. */
async function recordSockets(page: Page) {
  await page.addInitScript(() => {
    const opened: WebSocket[] = [];
    (window as unknown as { openedSockets: WebSocket[] }).openedSockets = opened;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        opened.push(this);
      }
    };
  });
}

/** The open sockets' paths and negotiated extensions (an empty string: none). */
function negotiated(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { openedSockets: WebSocket[] }).openedSockets
      .filter((ws) => ws.readyState === WebSocket.OPEN)
      .map((ws) => ({ path: new URL(ws.url).pathname, extensions: ws.extensions })),
  );
}

test("room sockets negotiate no compression: the apartment room and the org room", async ({ newContext, baseURL }) => {
  const context = await newContext();
  const landlord = await context.newPage();
  await recordSockets(landlord);
  await signUpLandlord(landlord, { orgName: "Plain Frames Lettings" });
  const apartmentId = await apartmentFor(context, baseURL);

  await landlord.goto(`/apartments/${apartmentId}?tab=chat`);
  await landlord.getByTestId("room-status").getByText("Live").waitFor();
  expect(await negotiated(landlord)).toEqual([{ path: `/parties/apartment-room/${apartmentId}`, extensions: "" }]);
  // The socket carries frames both ways: a message sent shows in the log it comes back to.
  await landlord.getByLabel("Message", { exact: true }).fill("Uncompressed, and delivered.");
  await landlord.getByRole("button", { name: "Send", exact: true }).click();
  await landlord.getByTestId("chat-log").getByText("Uncompressed, and delivered.").waitFor();

  await landlord.goto("/dashboard");
  await landlord.getByTestId("live-status").getByText("Updating live").waitFor();
  const sockets = await negotiated(landlord);
  expect(sockets).toHaveLength(1);
  expect(sockets[0]?.path).toMatch(/^\/parties\/org-room\/org-/);
  expect(sockets[0]?.extensions).toBe("");
});

test("the post-deploy smoke check (scripts/smoke-room.mjs) passes against this server", async ({ baseURL }) => {
  const email = unique("smoke");
  const password = "smoke-password-1";
  const signup = await fetch(`${baseURL}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify({ email, password, name: "Sam Smoke", accountType: "landlord", orgName: "Smoke Lettings" }),
  });
  expect(signup.status).toBe(202);
  const { stdout } = await promisify(execFile)(process.execPath, [resolve("scripts/smoke-room.mjs"), baseURL], {
    env: { ...process.env, SMOKE_EMAIL: email, SMOKE_PASSWORD: password },
  });
  expect(stdout.trim()).toBe("room socket: open, hello received, no compression negotiated");
});
