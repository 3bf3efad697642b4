import { env } from "cloudflare:workers";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { duplicateColumnsOf } from "../../worker/db/distinct-columns";
import { orgs } from "../../worker/orgs/schema";
import { apartments, properties } from "../../worker/portfolio/schema";

// issue 12 §2: D1's batch() keys rows by SQL column name; two same-named columns collapse and drizzle shifts
// every later value. createDb's batch refuses such a statement before the round trip.
describe("batched selects with same-named columns", () => {
  const db = createDb(env.DB);

  it("names the colliding columns of joins, whole-table selects and unaliased expressions", () => {
    const joined = db
      .select({ orgAddress: orgs.address, street: properties.address, city: properties.city })
      .from(properties)
      .innerJoin(orgs, eq(orgs.id, properties.orgId));
    expect(duplicateColumnsOf(joined)).toEqual([["address", ["orgAddress", "street"]]]);
    const wholeTables = db.select().from(apartments).innerJoin(properties, eq(properties.id, apartments.propertyId));
    expect(duplicateColumnsOf(wholeTables).map(([name]) => name)).toEqual(
      expect.arrayContaining(["id", "org_id", "created_at", "updated_at"]),
    );
    const counts = db.select({ a: count(), b: count() }).from(orgs);
    expect(duplicateColumnsOf(counts)).toEqual([["count(*)", ["a", "b"]]]);
    const returning = db
      .insert(orgs)
      .values({ id: "x", name: "x", slug: "x", createdAt: "2026-01-01T00:00:00Z" })
      .returning({ a: orgs.id, b: orgs.id });
    expect(duplicateColumnsOf(returning)).toEqual([["id", ["a", "b"]]]);
  });

  it("lets aliased columns through (the receipt's values are checked in rent-receipts-integration)", () => {
    const aliased = db
      .select({
        orgAddress: sql<string>`${orgs.address}`.as("org_address"),
        street: sql<string>`${properties.address}`.as("street"),
      })
      .from(properties)
      .innerJoin(orgs, eq(orgs.id, properties.orgId));
    expect(duplicateColumnsOf(aliased)).toEqual([]);
  });

  it("refuses a colliding statement in db.batch() before it reaches D1", () => {
    const bad = db
      .select({ orgAddress: orgs.address, street: properties.address })
      .from(properties)
      .innerJoin(orgs, eq(orgs.id, properties.orgId));
    expect(() => db.batch([db.select({ id: orgs.id }).from(orgs), bad])).toThrow(
      /statement 1 selects several columns with the same SQL name: "address" \(orgAddress, street\)/,
    );
  });
});
