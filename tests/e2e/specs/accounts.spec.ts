import { expect, test } from "../fixtures";
import { PASSWORD, publishedListing, verifiedAccount } from "../flows";

// Issue 11 §5 and §6 in the browser, against the built worker (`npm start` serves it the same way): return
// paths after sign-in stay on this site and land on pages (never a `.data` URL), bad `next` values never
// answer 500, and the shipped Content-Security-Policy has no 'unsafe-inline' scripts.

test("a bad next never leaves the site or answers 500; the page's CSP has no 'unsafe-inline' scripts", async ({
  baseURL,
  newContext,
}) => {
  for (const next of ["/%0A/x", "/%0D%0ASet-Cookie:%20a=b", "/%09/other-host/x", "/%5Cother-host"]) {
    const res = await fetch(`${baseURL}/login?next=${next}`, { redirect: "manual" });
    expect(res.status, next).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
  }
  const { email } = await verifiedAccount(baseURL, { accountType: "renter" });
  const page = await (await newContext()).newPage();
  await page.goto("/login?next=/%09/other-host/x");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The refused next falls back to home ("/", which sends a renter on to /homes): never another host.
  await page.waitForURL((url) => url.pathname === "/homes");
  expect(new URL(page.url()).origin).toBe(baseURL);
});

test("applying while signed out comes back to /listings/:id/apply after sign-in, not .data", async ({
  baseURL,
  newContext,
}) => {
  const landlord = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Return Lettings" });
  const listingId = await publishedListing(baseURL, landlord.token, { title: "Come back here", city: "Lyon" });

  const renter = await verifiedAccount(baseURL, { accountType: "renter" });
  const page = await (await newContext()).newPage();
  await page.goto(`/listings/${listingId}`);
  await page.getByRole("link", { name: "Apply" }).click();
  await page.waitForURL(/\/login\?next=/);
  expect(new URL(page.url()).searchParams.get("next")).toBe(`/listings/${listingId}/apply`);
  await page.getByLabel("Email").fill(renter.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === `/listings/${listingId}/apply`);
  await page.getByRole("heading", { name: "Apply: Come back here" }).waitFor();
});

test("a member of two orgs signs in without the org cookie and lands on a page, not a .data 404", async ({
  baseURL,
  newContext,
}) => {
  const invite = async (token: string, email: string) => {
    const res = await fetch(`${baseURL}/api/orgs/current/invitations`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ email, role: "maintenance" }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  };
  const owner = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Deux Org Gestion" });
  // The technician also runs an org of their own: two memberships, and a fresh browser has no org cookie.
  const technician = await verifiedAccount(baseURL, { accountType: "landlord", orgName: "Dépannage Tech" });
  await invite(owner.token, technician.email);
  let invitation: string | undefined;
  for (let i = 0; i < 60 && !invitation; i++) {
    const mail = (await (await fetch(`${baseURL}/api/dev/mail?to=${encodeURIComponent(technician.email)}`)).json()) as {
      results: { template: string; text: string }[];
    };
    invitation = mail.results.find((m) => m.template === "staff_invitation")?.text.match(/token=([\w-]+)/)?.[1];
    if (!invitation) await new Promise((r) => setTimeout(r, 250));
  }
  const accepted = await fetch(`${baseURL}/api/invitations/accept`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${technician.token}` },
    body: JSON.stringify({ token: invitation }),
  });
  expect(accepted.status, await accepted.clone().text()).toBe(200);

  const page = await (await newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(technician.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Home sends them to their dashboard; the shell picks an org (cookie) and reloads that page, not /dashboard.data.
  await page.waitForURL((url) => url.pathname === "/dashboard" || url.pathname === "/work-orders");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(page.url()).not.toContain(".data");
});
