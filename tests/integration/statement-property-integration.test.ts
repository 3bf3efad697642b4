import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { recordExpense } from "../setup/expenses";
import { addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";

/**
 * Issue 15's bar: "the statement's totals equal the ledger's payments and the recorded expenses for the month",
 * a property-based test over random entries (fast-check). Each run gets a fresh property with one lease and
 * random money around October 2026 (the org's time zone is Europe/Paris): manual payments with a day received
 * (through the API), Stripe-like payments and refunds written at random instants (as the webhook writes them,
 * straight into the ledger: they count on their Paris day, so 23:30 UTC on 31 October is November), and
 * expenses on random days. The expected figures are computed here with Intl (not the app's calendar code).
 */

const MONTH = "2026-10";
const parisDay = (instant: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(instant));
/** A day between 2026-09-27 and 2026-11-04. */
const day = fc.integer({ min: 0, max: 38 }).map((n) => new Date(Date.UTC(2026, 8, 27 + n)).toISOString().slice(0, 10));
/** An instant between 2026-09-30T12:00Z and 2026-11-01T12:00Z (the month's edges in any zone). */
const instant = fc
  .integer({ min: 0, max: 32 * 24 * 60 - 1 })
  .map((minutes) => new Date(Date.UTC(2026, 8, 30, 12) + minutes * 60_000).toISOString());
const amount = fc.integer({ min: 1, max: 250_000 });
const categories = [
  "repairs_maintenance",
  "insurance",
  "property_tax",
  "coownership_charges",
  "management_fees",
  "utilities",
  "loan_interest",
  "other",
] as const;

const entries = fc.record({
  manual: fc.array(fc.record({ amount, receivedOn: day }), { maxLength: 4 }),
  online: fc.array(fc.record({ amount, at: instant, refund: fc.boolean() }), { maxLength: 5 }),
  expenses: fc.array(fc.record({ amount, incurredOn: day, category: fc.constantFrom(...categories) }), {
    maxLength: 5,
  }),
});

/** A ledger entry as the Stripe webhook writes it (payment < 0, refund > 0), at `at`. */
async function writeOnline(owner: Landlord, leaseId: string, e: { amount: number; at: string; refund: boolean }) {
  await env.DB.prepare(
    `insert into ledger_entries (id, org_id, lease_id, kind, amount, currency, period, reason, source_ref, created_by, created_at)
     values (?, ?, ?, ?, ?, 'EUR', ?, null, ?, 'system:stripe', ?)`,
  )
    .bind(
      crypto.randomUUID(),
      owner.orgId,
      leaseId,
      e.refund ? "refund" : "payment",
      e.refund ? e.amount : -e.amount,
      e.at.slice(0, 7),
      `stripe:test:${crypto.randomUUID()}`,
      e.at,
    )
    .run();
}

describe("the owner statement over random entries", () => {
  it("income = payments received in the month − refunds; expenses = those incurred in it; net = the difference", async () => {
    const owner = await signUpLandlord("Propriété Aléatoire");
    // Noise in the same org: another property's money never counts.
    const noise = await createApartment(owner, "N1");
    const noiseLease = await addRenter(owner, noise.apartmentId, { startDate: "2025-01-01" });
    await writeOnline(owner, noiseLease.leaseId, { amount: 99_999, at: "2026-10-15T10:00:00Z", refund: false });
    await recordExpense(owner, { propertyId: noise.propertyId, amount: 77_777, incurredOn: "2026-10-15" });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(entries, async (generated) => {
        const { propertyId, apartmentId } = await createApartment(owner, `P${++run}`);
        const { leaseId } = await addRenter(owner, apartmentId, { startDate: "2025-01-01" });
        for (const m of generated.manual) {
          const res = await api(owner).apartments[":id"].activities.$post({
            param: { id: apartmentId },
            json: { amount: m.amount, period: m.receivedOn.slice(0, 7), receivedOn: m.receivedOn, method: "transfer" },
          });
          expect(res.status, res.text).toBe(201);
        }
        for (const o of generated.online) await writeOnline(owner, leaseId, o);
        for (const e of generated.expenses) await recordExpense(owner, { propertyId, ...e });

        const income =
          generated.manual.filter((m) => m.receivedOn.startsWith(MONTH)).reduce((s, m) => s + m.amount, 0) +
          generated.online
            .filter((o) => parisDay(o.at).startsWith(MONTH))
            .reduce((s, o) => s + (o.refund ? -o.amount : o.amount), 0);
        const expenses = generated.expenses
          .filter((e) => e.incurredOn.startsWith(MONTH))
          .reduce((s, e) => s + e.amount, 0);

        const res = await api(owner).properties[":id"].statement.$get({
          param: { id: propertyId },
          query: { month: MONTH },
        });
        expect(res.status, res.text).toBe(200);
        const s = res.json as {
          income: number;
          expenses: number;
          net: number;
          lines: { amount: number; date: string }[];
        };
        expect({ income: s.income, expenses: s.expenses, net: s.net }).toEqual({
          income,
          expenses,
          net: income - expenses,
        });
        // The lines add up to the totals and all fall in the month.
        expect(s.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(income - expenses);
        expect(s.lines.every((l) => l.date.startsWith(MONTH))).toBe(true);
      }),
      { numRuns: 10, endOnFailure: true },
    );
  }, 300_000);
});
