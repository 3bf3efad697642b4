import { fileURLToPath } from "node:url";
import { seedDemo, type DemoSession } from "../../../scripts/demo.mjs";
import { startLocalWorker } from "../../../scripts/local-worker.mjs";
import { DEMO_USERS, seedLocal } from "../../../scripts/seed.mjs";
import { expect, test } from "../fixtures";

// The demo `npm start` seeds (issue 14 §9), the way `npm start` seeds it: accounts and org as rows
// (scripts/seed.mjs), then everything else through the API of the BUILT worker (scripts/demo.mjs), against a
// fresh state directory of its own (the suite's shared server stays demo-free). Then a second run against the
// same state, which must create nothing. Everything is checked through the API, as the people see it.

/** The built worker's wrangler config, which the local worker serves and the seed writes through. */
const BUILT_CONFIG = fileURLToPath(new URL("../../../build/server/wrangler.json", import.meta.url));

type Json = Record<string, unknown> & { results?: Json[] };

async function get<T = Json>(base: string, path: string, who?: DemoSession): Promise<T> {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = `Bearer ${who.token}`;
  if (who?.orgId) headers["x-org-id"] = who.orgId;
  const res = await fetch(`${base}/api${path}`, { headers });
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as T;
}

type Period = { period: string; status: string; paid: number; outstanding: number };
type Lease = {
  id: string;
  kind: string;
  startDate: string;
  endDate: string;
  rentAmount: number;
  depositAmount: number;
  status: string;
  renters: { name: string; joinedAt: string | null }[];
};

/** What the demo holds, counted through the API: the same after a second seed. */
async function inventory(base: string, people: Record<string, DemoSession>, apartments: Record<string, string>) {
  const owner = people.owner!;
  const counts: Record<string, number | string> = {};
  for (const [unit, id] of Object.entries(apartments)) {
    const leases = await get<{ results: Lease[] }>(base, `/apartments/${id}/leases`, owner);
    counts[`${unit} leases`] = leases.results.length;
    counts[`${unit} activities`] = (await get(base, `/apartments/${id}/activities?limit=100`, owner)).total as number;
    counts[`${unit} chat`] = (
      await get<{ messages: unknown[] }>(base, `/apartments/${id}/messages?limit=200`, owner)
    ).messages.length;
    counts[`${unit} documents`] = (
      await get<{ documents: unknown[] }>(base, `/apartments/${id}/documents`, owner)
    ).documents.length;
  }
  const listings = await get<{ results: { id: string; apartmentId: string }[] }>(base, "/listings?limit=100", owner);
  counts.listings = listings.results.length;
  for (const l of listings.results) {
    const detail = await get<{ photos: unknown[] }>(base, `/listings/${l.id}`, owner);
    counts[`photos ${l.apartmentId}`] = detail.photos.length;
    counts[`applications ${l.apartmentId}`] = (
      await get<{ results: unknown[] }>(base, `/listings/${l.id}/applications`, owner)
    ).results.length;
  }
  counts.properties = (await get(base, "/properties?limit=100", owner)).total as number;
  return counts;
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

test("demo: npm start's seed builds a lived-in French org through the API, twice without duplicates", async () => {
  test.setTimeout(300_000);
  const worker = await startLocalWorker({
    seed: (state) => seedLocal(["--persist-to", state, "-c", BUILT_CONFIG]),
  });
  try {
    const first = await seedDemo(worker.url);
    const { people, apartments, listings } = first;
    const base = worker.url;
    const owner = people.owner!;
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());

    // The org is French.
    const org = await get<{ locale: string; currency: string; timezone: string }>(
      base,
      "/orgs/current/settings",
      owner,
    );
    expect([org.locale, org.currency, org.timezone]).toEqual(["fr", "EUR", "Europe/Paris"]);

    // Let and vacant apartments: 1A and 1B let, 2A, 3A and 3B vacant.
    const leaseOf = async (unit: string) =>
      (await get<{ results: Lease[] }>(base, `/apartments/${apartments[unit]}/leases`, owner)).results;
    for (const unit of ["2A", "3A", "3B"]) expect(await leaseOf(unit), unit).toHaveLength(0);
    const [furnished] = await leaseOf("1A");
    const [unfurnished] = await leaseOf("1B");

    // Lawful French leases (loi 89-462), started months ago, their renters joined.
    expect(furnished).toMatchObject({ kind: "furnished", status: "current", renters: [{ name: "Rémi Garnier" }] });
    expect(monthsBetween(furnished!.startDate, today)).toBe(4);
    expect(monthsBetween(furnished!.startDate, furnished!.endDate)).toBe(11); // twelve months, to the day before
    expect(furnished!.depositAmount).toBeLessThanOrEqual(2 * furnished!.rentAmount);
    expect(unfurnished).toMatchObject({ kind: "unfurnished", status: "current", renters: [{ name: "נועה לוי" }] });
    expect(monthsBetween(unfurnished!.startDate, unfurnished!.endDate)).toBe(35);
    expect(unfurnished!.depositAmount).toBeLessThanOrEqual(unfurnished!.rentAmount);
    expect(furnished!.renters[0]!.joinedAt).not.toBeNull();

    // A few months of ledger: paid, partly paid, overdue. `months(lease)`: its periods from the first month on.
    const months = async (lease: Lease) =>
      (await get<{ periods: Period[] }>(base, `/leases/${lease.id}/ledger`, owner)).periods
        .filter((p) => p.period >= lease.startDate.slice(0, 7))
        .sort((a, b) => a.period.localeCompare(b.period));
    const p1A = await months(furnished!);
    expect(p1A.length).toBeGreaterThanOrEqual(4);
    expect(p1A[0]!.period).toBe(furnished!.startDate.slice(0, 7));
    expect(p1A.slice(0, 2).map((p) => p.status)).toEqual(["paid", "paid"]);
    expect(p1A[2]).toMatchObject({ paid: 30000, outstanding: 42000 });
    const p1B = await months(unfurnished!);
    expect(p1B.slice(0, 2).map((p) => p.status)).toEqual(["paid", "paid"]);
    expect(p1B[2]).toMatchObject({ status: "overdue", paid: 0 });
    const dashboard = await get<{ overdue: { unitNumber: string }[] }>(base, "/dashboard/rent", owner);
    expect(dashboard.overdue.map((o) => o.unitNumber).sort()).toEqual(["1A", "1B"]);

    // A confirmed and a pending payment.
    const feed = await get<{ results: { amount: number | null; status: string }[] }>(
      base,
      `/apartments/${apartments["1A"]}/activities?limit=100`,
      owner,
    );
    const statuses = feed.results.filter((a) => a.amount !== null).map((a) => a.status);
    expect(statuses).toContain("confirmed");
    expect(statuses).toContain("pending_confirmation");

    // Chat history and a signed agreement.
    const chat = await get<{ messages: { side: string }[] }>(
      base,
      `/apartments/${apartments["1A"]}/messages`,
      people.renter,
    );
    expect(chat.messages.length).toBeGreaterThanOrEqual(5);
    expect(new Set(chat.messages.map((m) => m.side))).toEqual(new Set(["landlord", "renter"]));
    const agreements = await get<{ documents: { status: string }[] }>(
      base,
      `/apartments/${apartments["1A"]}/documents`,
      owner,
    );
    expect(agreements.documents.map((d) => d.status)).toEqual(["signed"]);

    // Published listings with photos (French ads), found by a visitor; a draft that is not.
    const found = await get<{ results: { id: string }[] }>(base, "/public/listings?limit=50");
    expect(found.results.map((l) => l.id).sort()).toEqual([listings.studio, listings.flat].sort());
    for (const id of [listings.studio!, listings.flat!]) {
      const ad = await get<{ status: string; photos: unknown[]; livingArea: number; energyClass: string }>(
        base,
        `/listings/${id}`,
        owner,
      );
      expect(ad.status).toBe("published");
      expect(ad.photos).toHaveLength(3);
      expect(ad.livingArea).toBeGreaterThan(0);
      expect(ad.energyClass).toMatch(/^[A-G]$/);
    }
    expect((await get<{ status: string }>(base, `/listings/${listings.draft}`, owner)).status).toBe("draft");
    const photo = await get<{ photos: { url: string }[] }>(base, `/public/listings/${listings.studio}`);
    const image = await fetch(new URL(photo.photos[0]!.url, base));
    expect(image.headers.get("content-type")).toMatch(/^image\//);

    // Applications in several states; the second renter (account in Ukrainian) has one in progress.
    const states: string[] = [];
    for (const id of [listings.studio!, listings.flat!])
      states.push(
        ...(await get<{ results: { status: string }[] }>(base, `/listings/${id}/applications`, owner)).results.map(
          (a) => a.status,
        ),
      );
    expect(states.sort()).toEqual(["accepted_pending_payment", "pending", "rejected", "withdrawn"]);
    // Every applicant's file has something to review: an income, a guarantor with theirs, documents.
    type Reviewed = {
      incomeAmount: number | null;
      documents: { kind: string }[];
      guarantorDossiers: { incomeAmount: number | null; documents: unknown[] }[];
    };
    for (const id of [listings.studio!, listings.flat!])
      for (const a of (await get<{ results: Reviewed[] }>(base, `/listings/${id}/applications`, owner)).results) {
        expect(a.incomeAmount).toBeGreaterThan(0);
        expect(a.documents.map((d) => d.kind).sort()).toEqual(["id_card", "proof_of_income"]);
        expect(a.guarantorDossiers).toHaveLength(1);
        expect(a.guarantorDossiers[0]).toMatchObject({ incomeAmount: expect.any(Number) });
        expect(a.guarantorDossiers[0]!.documents).toHaveLength(1);
      }
    const mine = await get<{ results: { status: string }[] }>(base, "/me/applications", people.applicant);
    expect(mine.results.map((a) => a.status)).toEqual(["pending"]);
    const me = await get<{ user: { locale: string | null; name: string } }>(base, "/me", people.applicant);
    expect(me.user).toMatchObject({ locale: "uk", name: "Оксана Коваленко" });

    // Idempotent: a second run against the same state creates nothing.
    const before = await inventory(base, people, apartments);
    const second = await seedDemo(worker.url);
    expect(await inventory(base, second.people, second.apartments)).toEqual(before);
    expect(second.apartments).toEqual(apartments);
    const times = `first run ${first.ms} ms ${JSON.stringify(first.phases)}, second run ${second.ms} ms`;
    test.info().annotations.push({ type: "seed time", description: times });
    console.log(`demo seed: ${times}`);
    expect(DEMO_USERS.filter((u) => u.login).map((u) => u.email)).toContain(people.applicant!.email);
  } finally {
    await worker.stop();
  }
});
