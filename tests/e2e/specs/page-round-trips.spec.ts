import { z } from "zod";
import { expect, test } from "../fixtures";

// Every page loader calls the API once at most, and every read costs one D1 round trip: the document's
// x-d1-round-trips (all loaders' API reads) never exceeds its x-api-calls, which never exceeds the
// route's loaders (the app shell and the page).
const signedUp = z.object({ accessToken: z.string() });
const created = z.object({ id: z.string() });

async function signedInCookie(baseURL: string) {
  const email = `rt-${Date.now().toString(36)}@example.com`;
  const res = await fetch(`${baseURL}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email,
      password: "correct horse battery",
      name: "Round Trip",
      accountType: "landlord",
      orgName: "Trips Org",
    }),
  });
  // Sign-up opens no session (its answer is the same for a known address): sign in with the same password.
  expect(res.status).toBe(202);
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery" }),
  });
  expect(login.status).toBe(200);
  const body = signedUp.parse(await login.json());
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const auth = { authorization: `Bearer ${body.accessToken}`, "content-type": "application/json" };
  const property = created.parse(
    await (
      await fetch(`${baseURL}/api/properties`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ name: "P", address: "1 A St", city: "Lyon", postalCode: "69001", country: "France" }),
      })
    ).json(),
  );
  const apartment = created.parse(
    await (
      await fetch(`${baseURL}/api/apartments`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({
          propertyId: property.id,
          unitNumber: "1",
          roomsCount: 1,
          rentAmount: 50000,
          currency: "EUR",
        }),
      })
    ).json(),
  );
  return { cookie, property, apartment };
}

test("page loaders cost at most one D1 round trip each", async ({ baseURL }) => {
  const { cookie, property, apartment } = await signedInCookie(baseURL);
  for (const path of [
    "/dashboard",
    `/properties/${property.id}`,
    `/apartments/${apartment.id}`,
    `/apartments/${apartment.id}/edit`,
    "/team",
    "/account",
    "/homes",
    "/documents",
  ]) {
    const res = await fetch(`${baseURL}${path}`, { headers: { cookie } });
    expect(res.status, `${path} answered ${res.status}`).toBe(200);
    const trips = Number(res.headers.get("x-d1-round-trips"));
    const calls = Number(res.headers.get("x-api-calls"));
    expect(calls, `${path}: ${calls} API calls from its loaders`).toBeLessThanOrEqual(2);
    expect(trips, `${path}: ${trips} D1 round trips for ${calls} API calls`).toBeLessThanOrEqual(calls);
  }
});
