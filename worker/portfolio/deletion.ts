import { eq, getTableName, inArray, sql, type SQL } from "drizzle-orm";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";
import { applications } from "../applications/schema";
import { listings } from "../listings/schema";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { ScopedDb } from "../db/scoped";
import { Conflict, NotFound } from "../lib/errors";
import { leases } from "../leases/schema";
import { ledgerEntries, payments } from "../rent/schema";
import { apartments, properties } from "./schema";
import { apartmentFileKeys, propertyFileKeys } from "./stored-files";

/**
 * Deleting from the portfolio never touches money. A lease's ledger entries and payments are kept for good
 * (the ledger is append-only, ARCHITECTURE.md "Money"; accounting records must be kept for years), so an
 * apartment — or a property with an apartment — whose leases have any cannot be deleted: 409
 * `has_money_records`, naming the apartments and what they hold. The delete itself carries the check
 * (`… WHERE NOT EXISTS (money)`), so a payment landing between a check and the delete cannot slip through;
 * before, the cascade to leases hit the ledger's foreign key and answered 500.
 */

/** `"table"."column"`: drizzle leaves columns unqualified in single-table statements, subqueries need them qualified. */
const qualified = (table: SQLiteTable, column: SQLiteColumn) => sql.raw(`"${getTableName(table)}"."${column.name}"`);

const APARTMENT_ID = qualified(apartments, apartments.id);
const LEASE_ID = qualified(leases, leases.id);
const LEASE_APARTMENT = qualified(leases, leases.apartmentId);

/** Money records (ledger entries, payments) on any lease of the outer query's apartment. */
const moneyOnApartment = {
  entries: sql<number>`(select count(*) from ${ledgerEntries} inner join ${leases} on ${LEASE_ID} = ${qualified(ledgerEntries, ledgerEntries.leaseId)} where ${LEASE_APARTMENT} = ${APARTMENT_ID})`,
  payments: sql<number>`(select count(*) from ${payments} inner join ${leases} on ${LEASE_ID} = ${qualified(payments, payments.leaseId)} where ${LEASE_APARTMENT} = ${APARTMENT_ID})`,
};

/** True (in SQL) when no lease of the outer query's apartment has a ledger entry or a payment. */
const noMoney = sql`(${moneyOnApartment.entries}) = 0 and (${moneyOnApartment.payments}) = 0`;

/** The apartments (of the apartment or property `where` selects) that hold money, for the 409's detail. */
async function blockers(s: ScopedDb, where: SQL) {
  const rows = await s.selectFields({ unitNumber: apartments.unitNumber, ...moneyOnApartment }, apartments, where);
  return rows.filter((r) => r.entries > 0 || r.payments > 0);
}

function refusal(what: string, held: Awaited<ReturnType<typeof blockers>>): Conflict {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const list = held
    .map(
      (r) =>
        `unit ${r.unitNumber} (${count(r.entries, "ledger entry", "ledger entries")}, ${count(r.payments, "payment", "payments")})`,
    )
    .join("; ");
  return new Conflict(
    `${what} cannot be deleted: its leases have money records, which are kept for good — ${list}. End the leases instead; the history stays.`,
    "has_money_records",
  );
}

/** What a deletion leaves to clean: R2 keys (./stored-files.ts) and the rooms whose stored chat goes too. */
type Deleted = { files: string[]; rooms: string[] };

/** The applications to the listings of the apartments `where` selects (their conversations' rooms). */
function applicationsOf(s: ScopedDb, where: SQL) {
  const ads = s.selectFields(
    { id: listings.id },
    listings,
    inArray(listings.apartmentId, s.selectFields({ id: apartments.id }, apartments, where)),
  );
  return s.selectFields({ id: applications.id }, applications, inArray(applications.listingId, ads));
}

/**
 * Deletes an apartment with its leases and records. 404 when it is not the org's; 409 `has_money_records`.
 * Answers the R2 keys of the files that went with it (./stored-files.ts) and the rooms whose stored chat
 * goes too (the apartment's, its applications'), for the caller to remove.
 */
export async function deleteApartment(s: ScopedDb, id: string): Promise<Deleted> {
  const [files, conversations, [row]] = await s.batch([
    apartmentFileKeys(s, id),
    applicationsOf(s, eq(apartments.id, id)),
    s.delete(apartments, sql`${APARTMENT_ID} = ${id} and ${noMoney}`).returning({ id: apartments.id }),
  ]);
  if (row)
    return { files: files.map((f) => f.key), rooms: [id, ...conversations.map((a) => applicationRoomName(a.id))] };
  const held = await blockers(s, eq(apartments.id, id));
  if (held.length === 0) throw new NotFound("Apartment");
  throw refusal("This apartment", held);
}

/**
 * Deletes a property with its apartments (cascade): the UI asks for confirmation first. 404 when not the
 * org's; 409 `has_money_records` when any of its apartments' leases has money records. Answers the ids of the
 * apartments it deleted (their rooms' sockets are closed by the route) and the R2 keys of the files that went
 * with it (./stored-files.ts: photos and receipts), for the caller to remove.
 */
export async function deleteProperty(s: ScopedDb, id: string): Promise<Deleted & { apartmentIds: string[] }> {
  const anyMoney = sql`exists (select 1 from ${apartments} where ${qualified(apartments, apartments.propertyId)} = ${qualified(properties, properties.id)} and not (${noMoney}))`;
  const [held, conversations, photos, receipts, [row]] = await s.batch([
    s.selectFields({ id: apartments.id }, apartments, eq(apartments.propertyId, id)),
    applicationsOf(s, eq(apartments.propertyId, id)),
    ...propertyFileKeys(s, id),
    s
      .delete(properties, sql`${qualified(properties, properties.id)} = ${id} and not ${anyMoney}`)
      .returning({ id: properties.id }),
  ]);
  if (row) {
    const apartmentIds = held.map((a) => a.id);
    const rooms = [...apartmentIds, ...conversations.map((a) => applicationRoomName(a.id))];
    return { apartmentIds, files: [...photos, ...receipts].map((f) => f.key ?? ""), rooms };
  }
  const blocking = await blockers(s, eq(apartments.propertyId, id));
  if (blocking.length === 0) throw new NotFound("Property");
  throw refusal("This property", blocking);
}
