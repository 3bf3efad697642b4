// The demo, seeded through the product's API against a running worker (`npm start` calls `seedDemo` once the
// worker answers): the portfolio, leases with months of rent, payments, chat, a signed agreement, listings
// with photos and applications. Only the accounts and the org are written as rows first (scripts/seed.mjs):
// signing up through the API would wait on email verification links, and the org's legal identity and bank
// details are settings the owner would type in. Idempotent: every step looks before it creates, so a second
// run against the same state (.wrangler/state) creates nothing. Usage: node scripts/demo.mjs http://127.0.0.1:5173
import { APARTMENTS, DEMO_PASSWORD, DEMO_USERS, ORG_ID, PROPERTIES } from "./demo/data.mjs";
import { apiClient, logIn } from "./demo/http.mjs";
import { seedLeases } from "./demo/leases.mjs";
import { seedListings } from "./demo/listings.mjs";

/** The demo's properties and apartments (EUR), created by the owner if missing; `{ [key]: apartmentId }`. */
async function ensurePortfolio(api, owner) {
  const properties = (await api.get("/properties?limit=100", { as: owner })).results;
  const apartments = {};
  for (const p of PROPERTIES) {
    const { key, ...input } = p;
    const property =
      properties.find((x) => x.name === input.name) ?? (await api.post("/properties", { as: owner, json: input }));
    const units = (await api.get(`/apartments?limit=100&propertyId=${property.id}`, { as: owner })).results;
    for (const a of APARTMENTS.filter((x) => x.property === key)) {
      const found = units.find((u) => u.unitNumber === a.unitNumber);
      apartments[a.key] =
        found?.id ??
        (
          await api.post("/apartments", {
            as: owner,
            json: {
              propertyId: property.id,
              unitNumber: a.unitNumber,
              roomsCount: a.roomsCount,
              rentAmount: a.rentAmount,
              currency: "EUR",
            },
          })
        ).id;
    }
  }
  return apartments;
}

/**
 * Seeds the demo through the API of the worker at `url` (its accounts and org must exist: scripts/seed.mjs).
 * Returns `{ ms, phases, people, apartments, listings }`: the time it took in milliseconds, and per phase
 * (`{ signIn, portfolio, leases, listings }`, ms; leases and listings run side by side), each person's session
 * (`{ token, userId, name, email, orgId }`), the apartment ids by unit and the listing ids.
 */
export async function seedDemo(url) {
  const started = performance.now();
  const phases = {};
  const timed = async (name, work) => {
    const t = performance.now();
    const result = await work();
    phases[name] = Math.round(performance.now() - t);
    return result;
  };
  const api = apiClient(url);
  const people = await timed("signIn", async () => {
    const sessions = await Promise.all(
      DEMO_USERS.map((u) => logIn(api, u.email, DEMO_PASSWORD, u.role ? ORG_ID : undefined)),
    );
    // The account's language, as its owner picks it in the language switcher (PUT /api/me/locale).
    for (const [i, u] of DEMO_USERS.entries())
      if (u.locale) await api.put("/me/locale", { as: sessions[i], json: { locale: u.locale } });
    return Object.fromEntries(DEMO_USERS.map((u, i) => [u.key, sessions[i]]));
  });
  const apartments = await timed("portfolio", () => ensurePortfolio(api, people.owner));
  const [, listings] = await Promise.all([
    timed("leases", () => seedLeases(api, people, apartments)),
    timed("listings", () => seedListings(api, people, apartments)),
  ]);
  return { ms: Math.round(performance.now() - started), phases, people, apartments, listings };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ms, phases } = await seedDemo(process.argv[2] ?? "http://127.0.0.1:5173");
  console.log(`Demo seeded through the API in ${ms} ms (${JSON.stringify(phases)}).`);
}
