import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, hydrated, test } from "../fixtures";
import { apartmentFor, followTopNav, PASSWORD, signUpLandlord } from "../flows";
import { STATE_VARIABLE } from "../server";

/**
 * Issue 16 §1 in the browser: a platform admin bans, from the console at /admin, a person who has a live
 * apartment room open in another browser; that room is disconnected at once, says why and does not come
 * back; the person's sign-in then shows that the account is suspended and the admin's reason. Screenshots
 * of the console (375 and 1280 px) go to tests/e2e/artifacts/. (Anyone else's 404: admin-routes-integration.)
 */

/** Makes the account with `email` a platform admin, in the worker's own local D1 (nothing in the UI does). */
function makePlatformAdmin(email: string) {
  const state = process.env[STATE_VARIABLE];
  if (!state) throw new Error(`${STATE_VARIABLE} is not set: run the suite with \`npm run test:e2e\``);
  const config = fileURLToPath(new URL("../../../build/server/wrangler.json", import.meta.url));
  const sql = `update users set is_platform_admin = 1 where email = '${email.replace(/'/g, "''")}'`;
  const run = spawnSync(
    "npx",
    ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", state, "-c", config, "--command", sql],
    { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } },
  );
  if (run.status !== 0) throw new Error(`wrangler d1 execute failed: ${run.stderr}`);
}

test("an admin bans someone in a live room: disconnected, told why, and told again at sign-in", async ({
  newContext,
  baseURL,
  artifacts,
  expectPageError,
}) => {
  // Three browsers, two sign-ups with emailed confirmation and a wrangler call: longer than the default.
  test.setTimeout(360_000);
  // The person to ban: a landlord with their apartment's room open.
  const member = await newContext();
  const roomTab = await member.newPage();
  const memberEmail = await signUpLandlord(roomTab, { name: "Bruno Banned", orgName: "Banned Lettings" });
  const apartmentId = await apartmentFor(member, baseURL);
  await roomTab.goto(`/apartments/${apartmentId}?tab=chat`);
  await roomTab.getByTestId("room-status").getByText("Live").waitFor();

  // The platform admin, in another browser.
  const adminContext = await newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await adminContext.newPage();
  const adminEmail = await signUpLandlord(admin, { name: "Ada Admin", orgName: "Rentline Staff" });
  makePlatformAdmin(adminEmail);
  // The shell links to the console for platform admins only.
  await admin.goto("/dashboard");
  await followTopNav(admin, "Moderation");
  await admin.waitForURL(/\/admin$/);
  await admin.getByLabel("Name or email address").fill(memberEmail);
  await admin.getByRole("button", { name: "Search" }).click();
  const row = admin.getByTestId("admin-user").filter({ hasText: memberEmail });
  await expect(row).toContainText("Bruno Banned");
  await expect(row).toContainText("Banned Lettings (owner)");
  await hydrated(admin);
  await admin.screenshot({ path: `${artifacts}admin-console-1280.png`, fullPage: true });

  // Once banned, the room tab's requests (a fresh ticket, the read marker) are refused: that is the point.
  expectPageError("status of 401");
  expectPageError("status of 403");
  await row.getByRole("button", { name: "Suspend" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("Fake listings reported by three renters");
  await dialog.getByRole("button", { name: "Suspend" }).click();
  await dialog.waitFor({ state: "detached" });
  await expect(row).toContainText("Suspended on");
  await expect(row).toContainText("Fake listings reported by three renters");

  // The open room learns at once, says why, and stays disconnected.
  await roomTab.getByTestId("room-status").getByText("Disconnected").waitFor();
  await expect(roomTab.getByRole("alert")).toContainText("this account has been suspended");
  await expect(roomTab.getByRole("button", { name: "Send", exact: true })).toBeDisabled();
  await expect(roomTab.getByTestId("room-status")).toHaveText("Disconnected");

  // Signing in again: refused, with the reason.
  const signIn = await member.newPage();
  await signIn.goto("/login");
  await signIn.getByLabel("Email").fill(memberEmail);
  await signIn.getByLabel("Password").fill(PASSWORD);
  await signIn.getByRole("button", { name: "Sign in" }).click();
  const refusal = signIn.getByRole("alert");
  await expect(refusal).toContainText("This account has been suspended by Rentline.");
  await expect(refusal).toContainText("Reason: Fake listings reported by three renters");

  // The ban is in the platform's audit trail, with its reason, found by its action.
  await admin.getByRole("link", { name: "Audit trail" }).click();
  await admin.waitForURL(/\/admin\/audit$/);
  await admin.getByLabel("Action or its start").fill("admin.user_");
  await admin.getByRole("button", { name: "Filter" }).click();
  const ban = admin.getByTestId("audit-entry").filter({ hasText: "admin.user_ban" });
  await expect(ban).toContainText("Ada Admin");
  await ban.getByText("Details").click();
  await expect(ban).toContainText("Fake listings reported by three renters");
  await admin.screenshot({ path: `${artifacts}admin-audit-1280.png`, fullPage: true });

  // The console on a phone, in French.
  const phone = await newContext({ viewport: { width: 375, height: 800 }, locale: "fr-FR" });
  // The admin's session with French chosen in the language switcher (its cookie wins over the account's English).
  await phone.addCookies([
    ...(await adminContext.cookies()).filter((c) => c.name !== "rl_lang"),
    { name: "rl_lang", value: "fr", url: baseURL },
  ]);
  const small = await phone.newPage();
  await small.goto(`/admin?q=${encodeURIComponent(memberEmail)}`);
  await expect(small.getByTestId("admin-user")).toContainText("Suspendu");
  await hydrated(small); // a screenshot before hydration would show up as a mismatch (its caret style)
  await small.screenshot({ path: `${artifacts}admin-console-375-fr.png`, fullPage: true });
  await small.goto("/admin/listings");
  await small.getByRole("heading", { name: "Administration Rentline" }).waitFor();
  await hydrated(small);
  await small.screenshot({ path: `${artifacts}admin-listings-375-fr.png`, fullPage: true });
});
