// The load test's world (bench/load.mjs): landlords' orgs with a property, one let apartment per renter and a
// vacant one with a published listing; renters with a backdated lease each. Accounts and orgs are rows (the
// demo's way, scripts/seed.mjs: signing up through the API is limited to 20 a minute per IP and waits for
// email verification); everything else goes through the API with the demo's own steps (scripts/demo/*):
// leases created by the owner and joined from the invitation mail, listings with a photo, published.
// Each person signs in once here (POST /api/auth/login, limited per IP and email: once is far below it).
import { apiClient, logIn, mailToken } from "../scripts/demo/http.mjs";
import { dayBefore, monthStart, today } from "../scripts/demo/data.mjs";
import { ensureLease } from "../scripts/demo/leases.mjs";
import { ensureListing } from "../scripts/demo/listings.mjs";
import { accountSql, hashPassword, orgSql } from "../scripts/seed.mjs";

const PASSWORD = "rentline-load-test";
/** How many months before this one the leases start: the renters have that many (+1) months to report. */
export const LEASE_MONTHS_BACK = 11;
/** Renters sharing a lease (co-renters): their apartment's room has them and the landlord, three sockets. */
const RENTERS_PER_HOME = 2;

const id = (kind, n) => `0190b000-0000-7000-8${kind}00-${String(n).padStart(12, "0")}`;

/**
 * Who takes part: `users` people, one landlord (an org's owner) per five and the rest renters, dealt to the
 * orgs in turn (at least one landlord). Returns `[{ id, name, slug, owner, renters }]` (people as
 * scripts/seed.mjs `accountSql` takes them).
 */
export function castOf(users) {
  const landlords = Math.max(1, Math.round(users / 5));
  const orgs = Array.from({ length: landlords }, (_, i) => ({
    id: id(1, i),
    name: `Load Lettings ${i + 1}`,
    slug: `load-lettings-${i + 1}`,
    owner: {
      id: id(2, i),
      email: `landlord-${i + 1}@load.rentline.test`,
      name: `Landlord ${i + 1}`,
      type: "landlord",
      role: "owner",
    },
    renters: [],
  }));
  for (let r = 0; r < users - landlords; r++)
    orgs[r % landlords].renters.push({
      id: id(3, r),
      email: `renter-${r + 1}@load.rentline.test`,
      name: `Renter ${r + 1}`,
      type: "renter",
      role: null,
    });
  return orgs;
}

/** The cast's orgs and accounts as SQL rows (verified accounts, the owners' memberships). */
export function castSql(cast) {
  const hash = hashPassword(PASSWORD);
  return cast
    .flatMap((org) => [
      orgSql(org),
      accountSql(org.owner, org.id, hash),
      ...org.renters.map((r) => accountSql(r, org.id, hash)),
    ])
    .join("\n");
}

/** A studio ad in Lyon for the vacant apartment (French fields: living area, furnished, DPE/GES). */
function adOf(n, rentAmount, availableFrom) {
  return {
    publish: true,
    photos: ["living"],
    title: `Studio meublé ${n} pour le test de charge`,
    description: "Studio meublé, cuisine équipée, salle d'eau avec douche, double vitrage, proche du métro.",
    city: "Lyon",
    address: `${n} rue des Tilleuls, 69003 Lyon`,
    type: n % 2 ? "studio" : "flat",
    rooms: [{ name: "Studio", capacity: 1, rentAmount }],
    chargesAmount: 4000,
    chargesKind: "provision",
    depositAmount: rentAmount * 2,
    availableFrom,
    livingArea: 20 + n,
    furnished: true,
    energyClass: "D",
    ghgClass: "C",
  };
}

/**
 * The home's lease: unfurnished, from `home.startDate` for three years (an SCI familiale, loi 89-462 art. 10
 * and 13; deposit one month's rent, art. 22), created for its first renter (the demo's `ensureLease`, joined
 * from the invitation mail) with the others invited as co-renters (POST /api/leases/{id}/renters) and joining
 * the same way. Sets `home.leaseId`.
 */
async function leaseHome(api, owner, home) {
  const [first, ...others] = home.renters;
  home.leaseId = await ensureLease(api, owner, first, home.apartmentId, {
    kind: "unfurnished",
    startDate: home.startDate,
    endDate: dayBefore(monthStart(home.startDate, 36)),
    rentAmount: home.rentAmount,
    depositAmount: home.rentAmount,
    dueDay: 5,
  });
  for (const renter of others) {
    await api.post(`/leases/${home.leaseId}/renters`, { as: owner, json: { email: renter.email } });
    const token = await mailToken(api, renter.email, "lease_invitation");
    await api.post("/invitations/accept", { as: renter, json: { token } });
  }
}

/**
 * One org through the API: its owner's property, an apartment (rent 700 € and up) per `RENTERS_PER_HOME`
 * renters, leased to them from the first of the month `LEASE_MONTHS_BACK` months ago (`leaseHome`), and a
 * vacant apartment with a published listing.
 */
async function seedOrg(api, org, n) {
  const owner = await logIn(api, org.owner.email, PASSWORD, org.id);
  const renters = await Promise.all(org.renters.map((r) => logIn(api, r.email, PASSWORD)));
  const property = await api.post("/properties", {
    as: owner,
    json: {
      name: `Résidence ${n + 1}`,
      address: `${n + 1} rue de la Charge`,
      city: "Lyon",
      postalCode: "69003",
      country: "FR",
    },
  });
  const unit = async (unitNumber, rentAmount) =>
    (
      await api.post("/apartments", {
        as: owner,
        json: { propertyId: property.id, unitNumber, roomsCount: 2, rentAmount, currency: "EUR" },
      })
    ).id;
  const startDate = monthStart(today(), -LEASE_MONTHS_BACK);
  const homes = [];
  for (let i = 0; i < renters.length; i += RENTERS_PER_HOME) {
    const rentAmount = 70000 + 1000 * i;
    const apartmentId = await unit(`L${homes.length + 1}`, rentAmount);
    homes.push({ apartmentId, renters: renters.slice(i, i + RENTERS_PER_HOME), rentAmount, startDate });
  }
  const vacant = await unit("V1", 60000);
  const [listingId] = await Promise.all([
    ensureListing(api, owner, vacant, adOf(n + 1, 60000, today())),
    ...homes.map((home) => leaseHome(api, owner, home)),
  ]);
  return { orgId: org.id, owner, propertyId: property.id, homes, listingId };
}

/**
 * Seeds the cast's portfolios through the API of the worker at `url` (rows first: `castSql`), the orgs side
 * by side. Returns `{ ms, orgs: [{ orgId, owner, propertyId, homes: [{ apartmentId, leaseId, renters,
 * rentAmount, startDate }], listingId }] }` (sessions as scripts/demo/http.mjs `logIn` returns them).
 */
export async function seedCast(url, cast) {
  const started = performance.now();
  const api = apiClient(url);
  const orgs = await Promise.all(cast.map((org, n) => seedOrg(api, org, n)));
  return { ms: Math.round(performance.now() - started), orgs };
}
