import { z } from "zod";
import { expect, test } from "../fixtures";
import { PASSWORD, unique } from "../flows";

// Issue 11 §5 and §6 in the browser, against the built worker (`npm start` serves it the same way): return
// paths after sign-in stay on this site and land on pages (never a `.data` URL), bad `next` values never
// answer 500, and the shipped Content-Security-Policy has no 'unsafe-inline' scripts.

const json = (baseURL: string) => async (path: string, body: unknown, token?: string) => {
  const res = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
};

/** A verified account through the API (sign up, follow the emailed link, sign in): its access token. */
async function verifiedAccount(baseURL: string, extra: Record<string, unknown>) {
  const post = json(baseURL);
  const email = unique("acct");
  expect((await post("/api/auth/signup", { email, password: PASSWORD, name: "Ada Account", ...extra })).status).toBe(
    202,
  );
  let token: string | undefined;
  for (let i = 0; i < 60 && !token; i++) {
    const mail = z
      .object({ results: z.array(z.object({ template: z.string(), text: z.string() })) })
      .parse(await (await fetch(`${baseURL}/api/dev/mail?to=${encodeURIComponent(email)}`)).json());
    token = mail.results.find((m) => m.template === "verify_email")?.text.match(/token=([\w-]+)/)?.[1];
    if (!token) await new Promise((r) => setTimeout(r, 250));
  }
  expect((await post("/api/auth/verify-email", { token })).status).toBe(204);
  const login = await post("/api/auth/login", { email, password: PASSWORD });
  return { email, token: z.object({ accessToken: z.string() }).parse(login.body).accessToken };
}

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
  const post = json(baseURL);
  const property = await post(
    "/api/properties",
    { name: "Return House", address: "3 Rue du Retour", city: "Lyon", postalCode: "69002", country: "France" },
    landlord.token,
  );
  const propertyId = z.object({ id: z.string() }).parse(property.body).id;
  const apartment = await post(
    "/api/apartments",
    { propertyId, unitNumber: "R1", roomsCount: 2, rentAmount: 85000, currency: "EUR" },
    landlord.token,
  );
  const apartmentId = z.object({ id: z.string() }).parse(apartment.body).id;
  const listing = await post(
    "/api/listings",
    {
      apartmentId,
      title: "Come back here",
      description: "A flat to come back to.",
      city: "Lyon",
      address: "3 Rue du Retour",
      type: "flat",
      availableFrom: "2026-09-01",
      rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 85000 }],
      // What a French ad must show before it is published (issue 13 §7).
      livingArea: 45,
      furnished: false,
      energyClass: "D",
      ghgClass: "C",
    },
    landlord.token,
  );
  const listingId = z.object({ id: z.string() }).parse(listing.body).id;
  expect((await post(`/api/listings/${listingId}/publish`, {}, landlord.token)).status).toBe(200);

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
