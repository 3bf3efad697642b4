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
