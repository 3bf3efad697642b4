import { en } from "../../../app/i18n/messages/en";
import { uk } from "../../../app/i18n/messages/uk";
import { expect, test } from "../fixtures";
import { PASSWORD, verifiedAccount } from "../flows";

// A signed-in user's account language wins over the browser's Accept-Language when this browser has no
// `rl_lang` cookie (a session opened through the API, a new device); the switcher's cookie still wins.

test("a Ukrainian account reads Ukrainian in a French browser without the language cookie", async ({
  baseURL,
  newContext,
}) => {
  const { email, token } = await verifiedAccount(baseURL, { accountType: "renter", locale: "uk" });

  // Server-rendered with a bearer session and a French Accept-Language: Ukrainian, and the cookie is set.
  const res = await fetch(`${baseURL}/homes`, {
    headers: { authorization: `Bearer ${token}`, "accept-language": "fr-FR,fr;q=0.9" },
  });
  expect(res.status).toBe(200);
  expect((await res.text()).match(/<html[^>]*>/)?.[0]).toContain('lang="uk"');
  expect(res.headers.get("set-cookie")).toContain("rl_lang=uk");

  // A browser on a new device (French), signed in through the API: every page is in Ukrainian.
  const context = await newContext({ locale: "fr-FR" });
  const login = await context.request.post("/api/auth/login", {
    data: { email, password: PASSWORD },
    headers: { origin: baseURL },
  });
  expect(login.status()).toBe(200);
  expect((await context.cookies()).some((c) => c.name === "rl_lang")).toBe(false);
  const page = await context.newPage();
  for (const path of ["/homes", "/account", "/listings"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  }
  await page.goto("/homes");
  await expect(page.getByRole("heading", { level: 1, name: uk.homes.pageTitle })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "rl_lang")?.value).toBe("uk");

  // The switcher's choice on this device still wins over the account's.
  await context.addCookies([{ name: "rl_lang", value: "en", url: baseURL }]);
  await page.goto("/homes");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: en.homes.pageTitle })).toBeVisible();
});
