import { beforeAll, describe, expect, it } from "vitest";
import { api, rawCall, type Caller } from "../setup/client";
import { addMember } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";
import { BANK, fixture, getRoutes, NOT_DATA_READS, readsFor, type ReadFixture } from "../setup/read-routes";

/**
 * Issue 15 §4: a maintenance member (`maintenance.work` without any of auth/policy.ts
 * `LEASE_PRIVATE_PERMISSIONS`) never receives ledgers, balances, payments, bank details, agreements or
 * renters' contact data, from any read. Generated from the route table: every data-reading GET route
 * (tests/setup/read-routes.ts, which round-trips-integration keeps complete) is called as a maintenance
 * member of the seeded org, and each answer is searched for private keys (by name, at any depth) and for
 * the seeded private values (the renter's email and phone, the IBAN, the money's descriptions). A new route
 * or a new money field in an answer is checked without editing this file. The owner's walk is the control:
 * the same checks find every private value there.
 */

/** Keys that carry a lease's private side: present with a value (not null, not empty) is a leak. */
const PRIVATE_KEYS = [
  "amount",
  "balance",
  "entries",
  "periods",
  "ledgers",
  "pendingPayments",
  "bankDetails",
  "bankHolder",
  "iban",
  "ibanPrinted",
  "bic",
  "transferReference",
  "renters",
  "income",
  "expenses",
  "collected",
  "expected",
];

/** Paths where a private-looking key is the member's own work (the labour and materials they log). */
const OWN_WORK = [/\.costs\[\d+\]\.amount$/];

/** Every `path: key` in `value` whose key is private and whose value is set. */
function privateKeysIn(value: unknown, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => privateKeysIn(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const at = `${path}.${key}`;
    const set = v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
    const leak = PRIVATE_KEYS.includes(key) && set && !OWN_WORK.some((re) => re.test(at)) ? [at] : [];
    return [...leak, ...privateKeysIn(v, at)];
  });
}

/** The seeded private values (the renter's contact data, the bank details, the money's words). */
const privateValues = (f: ReadFixture) => [
  f.renter.email,
  "+33 6 12 34 56 78",
  BANK.iban,
  BANK.bic,
  "Payment sent",
  "Late fee",
];

type Finding = { path: string; status: number; keys: string[]; values: string[] };

/** Calls every path of the route table as `who` and answers what each answer held. */
async function walk(f: ReadFixture, who: Caller): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const paths of Object.values(readsFor(f)))
    for (const path of paths) {
      const res = await rawCall("GET", path, undefined, who);
      expect(res.status, `${path}: ${res.text}`).toBeLessThan(500);
      const ok = res.status < 300;
      out.push({
        path,
        status: res.status,
        keys: ok && res.json !== undefined ? privateKeysIn(res.json) : [],
        values: privateValues(f).filter((v) => res.text.includes(v)),
      });
    }
  return out;
}

describe("a maintenance member receives nothing private from any read (issue 15 §4)", () => {
  let f: ReadFixture;
  let maintenance: Caller;

  beforeAll(async () => {
    f = await fixture();
    const member = await addMember(f.owner, "maintenance");
    maintenance = member;
    // Their work order: the request is theirs to read (its view is walked too).
    const assigned = await rawCall(
      "PATCH",
      `/api/maintenance-requests/${f.maintenanceRequestId}`,
      { assigneeUserId: member.userId },
      f.owner,
    );
    expect(assigned.status, assigned.text).toBe(200);
  }, 120_000);

  it("the route table is walked whole (the round-trips suite's list)", async () => {
    const known = readsFor(f);
    const missing = (await getRoutes()).filter(
      (p) => !NOT_DATA_READS.has(p) && !p.endsWith("/openapi.json") && !(p in known),
    );
    expect(missing).toEqual([]);
  });

  it("every GET route as a maintenance member: no private key set, no private value", async () => {
    const leaks = (await walk(f, maintenance)).filter((x) => x.keys.length || x.values.length);
    expect(leaks).toEqual([]);
  });

  it("control: the owner's walk finds every private value and the money keys", async () => {
    const found = await walk(f, f.owner);
    const values = new Set(found.flatMap((x) => x.values));
    expect([...values].sort()).toEqual(privateValues(f).sort());
    const keys = new Set(found.flatMap((x) => x.keys.map((k) => k.replace(/^.*\./, ""))));
    for (const key of ["balance", "entries", "ledgers", "pendingPayments", "bankDetails", "iban", "renters"])
      expect(keys, key).toContain(key);
  });

  it("the apartment page: the chat's notes and the apartment, no lease, ledger, payment or bank details", async () => {
    const page = await api(maintenance).apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(page.status, page.text).toBe(200);
    expect(page.json.apartment.id).toBe(f.apartmentId);
    expect(page.json.bankDetails).toBeNull();
    expect(page.json.leases).toEqual([]);
    expect(page.json.ledgers).toEqual([]);
    expect(page.json.pendingPayments).toEqual([]);
    expect(page.json.documents).toEqual([]);
    // Plain notes and the maintenance steps (issue 15 §3: the seeded request's report), never money.
    const notes = page.json.activities.results.filter((a) => a.kind === "note");
    expect(notes.map((a) => a.description)).toEqual(["Boiler check on Monday"]);
    expect(page.json.activities.results.every((a) => a.kind === "note" || a.kind === "maintenance")).toBe(true);
    expect(page.json.activities.results.every((a) => a.amount === null)).toBe(true);
    expect(page.json.viewer.canConfirm).toBe(false);
    // The owner's page has them (the same reads, another role).
    const owner = await api(f.owner).apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(owner.json.bankDetails?.iban).toBe(BANK.iban);
    expect(owner.json.ledgers).toHaveLength(1);
    // The note, the payment and the seeded request's "reported" step.
    expect(owner.json.activities.total).toBe(3);
  });

  it("the org room and the dashboard are closed to them", async () => {
    expect((await api(maintenance).dashboard["room-ticket"].$post()).status).toBe(403);
    expect((await api(maintenance).dashboard.$get({ query: {} })).status).toBe(403);
  });

  it("the chat is the lease's: maintenance staff get 403 on its history, none of it on the page or live", async () => {
    const text = "Le solde du loyer d’octobre arrive vendredi";
    const staff = await RoomClient.open(f.apartmentId, maintenance);
    const renter = await RoomClient.open(f.apartmentId, f.renter);
    const sent = await renter.chat(text);
    // The owner's page has the message; the maintenance member's has no chat at all.
    const owner = await api(f.owner).apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(owner.json.chat.messages.map((m) => m.text)).toContain(text);
    const page = await api(maintenance).apartments[":id"].room.$get({ param: { id: f.apartmentId } });
    expect(page.json.chat.messages).toEqual([]);
    const history = await rawCall("GET", `/api/apartments/${f.apartmentId}/messages`, undefined, maintenance);
    expect(history.status, history.text).toBe(403);
    // Live: the room sends each connection its frames in order, so a plain note the member does receive,
    // posted after the chat was sequenced, proves the chat frame was never sent to them.
    expect(sent.message.text).toBe(text);
    const note = await api(f.owner).apartments[":id"].activities.$post({
      param: { id: f.apartmentId },
      json: { description: "Plumber on Tuesday" },
    });
    expect(note.status, note.text).toBe(201);
    await staff.waitFor("activity", (a) => a.activity.description === "Plumber on Tuesday");
    expect(staff.of("chat")).toEqual([]);
    expect(staff.of("typing")).toEqual([]);
    staff.close();
    renter.close();
  });
});
