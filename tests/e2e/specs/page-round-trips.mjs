import assert from "node:assert/strict";

// Every page loader calls the API once at most, and every read costs one D1 round trip: the document's
// x-d1-round-trips (all loaders' API reads) never exceeds its x-api-calls, which never exceeds the
// route's loaders (the app shell and the page).
async function signedInCookie(baseURL) {
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
  assert.equal(res.status, 201);
  const body = await res.json();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const auth = { authorization: `Bearer ${body.accessToken}`, "content-type": "application/json" };
  const property = await (
    await fetch(`${baseURL}/api/properties`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ name: "P", address: "1 A St", city: "Lyon", postalCode: "69001", country: "France" }),
    })
  ).json();
  const apartment = await (
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
  ).json();
  return { cookie, property, apartment };
}

export const tests = {
  async "page loaders cost at most one D1 round trip each"({ baseURL }) {
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
      assert.equal(res.status, 200, `${path} answered ${res.status}`);
      const trips = Number(res.headers.get("x-d1-round-trips"));
      const calls = Number(res.headers.get("x-api-calls"));
      assert.ok(calls <= 2, `${path}: ${calls} API calls from its loaders`);
      assert.ok(trips <= calls, `${path}: ${trips} D1 round trips for ${calls} API calls`);
    }
  },
};
