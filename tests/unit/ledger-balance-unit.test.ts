import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { newId } from "../../worker/lib/ids";
import { leaseHandle } from "../../worker/db/scoped";
import { ledgerQueries } from "../../worker/rent/queries";
import { ledgerEntries } from "../../worker/rent/schema";
import { addAdjustment, paymentEntryOfActivity, recordRefund } from "../../worker/rent/service";

const T = "2026-01-01T00:00:00.000Z";
const db = createDb(env.DB);
const scope = { orgId: "o-prop", userId: "u-prop" };

async function seedOrg() {
  await env.DB.batch([
    env.DB.prepare(
      "insert into orgs (id, name, slug, currency, locale, timezone, created_at) values ('o-prop', 'Prop Lettings', 'prop-lettings', 'EUR', 'fr', 'Europe/Paris', ?)",
    ).bind(T),
    env.DB.prepare(
      "insert into properties (id, org_id, name, address, city, postal_code, country, created_at, updated_at) values ('p-prop', 'o-prop', 'H', 'A', 'C', '1', 'F', ?, ?)",
    ).bind(T, T),
    env.DB.prepare(
      "insert into apartments (id, org_id, property_id, unit_number, rooms_count, rent_amount, currency, created_at, updated_at) values ('a-prop', 'o-prop', 'p-prop', '1', 2, 85000, 'EUR', ?, ?)",
    ).bind(T, T),
  ]);
}

async function newLease() {
  const id = newId();
  await env.DB.prepare(
    "insert into leases (id, org_id, apartment_id, start_date, rent_amount, currency, due_day, created_by, created_at) values (?, 'o-prop', 'a-prop', '2026-01-01', 85000, 'EUR', 5, 'u-prop', ?)",
  )
    .bind(id, T)
    .run();
  return id;
}

/** A confirmed payment activity, then its ledger entry through the service statement (`times` deliveries). */
async function confirmPayment(leaseId: string, amount: number, times: number) {
  const activityId = newId();
  await env.DB.prepare(
    "insert into activities (id, org_id, apartment_id, lease_id, kind, description, amount, currency, period, author_user_id, author_name, author_side, status, confirm_by_side, confirmed_at, confirmed_by, created_at, updated_at) values (?, 'o-prop', 'a-prop', ?, 'payment_reported', 'Paid', ?, 'EUR', '2026-02', 'u-renter', 'R', 'renter', 'confirmed', 'landlord', ?, 'u-prop', ?, ?)",
  )
    .bind(activityId, leaseId, amount, T, T, T)
    .run();
  for (let i = 0; i < times; i++) await db.batch([paymentEntryOfActivity(db, activityId, "confirmed", "u-prop")]);
}

const amount = fc.integer({ min: 1, max: 10_000_000 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("charge" as const), amount }),
  fc.record({ kind: fc.constant("payment" as const), amount, deliveries: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("adjustment" as const), amount, credit: fc.boolean() }),
  fc.record({ kind: fc.constant("refund" as const), amount }),
);

describe("ledger balance", () => {
  it("always equals the sum of entries (and of the amounts applied, each source once)", async () => {
    await seedOrg();
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (ops) => {
        const leaseId = await newLease();
        let expected = 0;
        for (const [i, op] of ops.entries()) {
          switch (op.kind) {
            case "charge":
              await db.insert(ledgerEntries).values({
                id: newId(),
                orgId: scope.orgId,
                leaseId,
                kind: "charge",
                amount: op.amount,
                currency: "EUR",
                period: `2026-${i}`,
                reason: null,
                sourceRef: `charge:${leaseId}:${i}`,
                createdBy: "system",
                createdAt: T,
              });
              expected += op.amount;
              break;
            case "payment":
              await confirmPayment(leaseId, op.amount, op.deliveries);
              expected -= op.amount;
              break;
            case "adjustment":
              await addAdjustment({ db }, leaseHandle(db, leaseId), scope, {
                amount: op.credit ? -op.amount : op.amount,
                reason: "prop",
              });
              expected += op.credit ? -op.amount : op.amount;
              break;
            case "refund":
              await recordRefund({ db }, leaseHandle(db, leaseId), scope, {
                amount: op.amount,
                reason: null,
                sourceRef: `refund:${newId()}`,
              });
              expected += op.amount;
              break;
          }
        }
        const [entries, [total]] = await db.batch([...ledgerQueries(leaseHandle(db, leaseId))]);
        expect(entries).toHaveLength(ops.length);
        expect(total?.balance).toBe(entries.reduce((n, e) => n + e.amount, 0));
        expect(total?.balance).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });
});
