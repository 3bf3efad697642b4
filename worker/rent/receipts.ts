import { and, eq, isNotNull } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { renterProfiles } from "../dossier/schema";
import { leaseRenters, leases } from "../leases/schema";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { ledgerEntries } from "./schema";
import { renderReceiptPdf } from "./receipt";
import { periodSummaries } from "./service";

/**
 * Rent receipts: one PDF per lease and fully paid period, rendered on the PDF queue the first time it is
 * asked for and kept in R2 (`orgs/<orgId>/receipts/<leaseId>/<period>.pdf`) for the next downloads.
 */
export const receiptKey = (orgId: string, leaseId: string, period: string) =>
  `orgs/${orgId}/receipts/${leaseId}/${period}.pdf`;

/** The reads behind a receipt (to batch with an access check, or on their own). */
export function receiptQueries(db: Db, leaseId: string) {
  return [
    db
      .select({
        orgId: leases.orgId,
        dueDay: leases.dueDay,
        currency: leases.currency,
        orgName: orgs.name,
        orgAddress: orgs.address,
        locale: orgs.locale,
        street: properties.address,
        city: properties.city,
        postalCode: properties.postalCode,
        unit: apartments.unitNumber,
      })
      .from(leases)
      .innerJoin(orgs, eq(orgs.id, leases.orgId))
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .where(eq(leases.id, leaseId)),
    db
      .select({ name: users.name, firstName: renterProfiles.firstName, lastName: renterProfiles.lastName })
      .from(leaseRenters)
      .innerJoin(users, eq(users.id, leaseRenters.userId))
      .leftJoin(renterProfiles, eq(renterProfiles.userId, users.id))
      .where(and(eq(leaseRenters.leaseId, leaseId), isNotNull(leaseRenters.joinedAt))),
    db.select().from(ledgerEntries).where(eq(ledgerEntries.leaseId, leaseId)),
  ] as const;
}

type Q = ReturnType<typeof receiptQueries>;
type ReceiptRows = [Awaited<Q[0]>, Awaited<Q[1]>, Awaited<Q[2]>];

/** Everything a receipt says; null if the lease does not exist. */
export function receiptFacts([[lease], renters, entries]: ReceiptRows, leaseId: string, period: string) {
  if (!lease) return null;
  const summary = periodSummaries(entries, lease.dueDay, new Date().toISOString()).find((p) => p.period === period);
  const paidOn = entries
    .filter((e) => e.period === period && e.amount < 0)
    .map((e) => e.createdAt.slice(0, 10))
    .sort()
    .at(-1);
  return {
    lease,
    paid: summary?.status === "paid",
    input: {
      locale: lease.locale === "fr" ? ("fr" as const) : ("en" as const),
      landlord: { name: lease.orgName, address: lease.orgAddress ?? "" },
      renters: renters.map((r) => (r.firstName ? `${r.firstName} ${r.lastName}` : r.name)),
      propertyAddress: `${lease.street}, ${lease.postalCode} ${lease.city} (${lease.locale === "fr" ? "lot" : "unit"} ${lease.unit})`,
      period,
      amount: summary?.paid ?? 0,
      currency: lease.currency,
      paidOn: paidOn ?? new Date().toISOString().slice(0, 10),
      issuedOn: new Date().toISOString().slice(0, 10),
      receiptId: `${leaseId.slice(0, 8)}-${period}`,
    },
  };
}

/** The PDF queue job: renders the receipt if the period is (still) fully paid and stores it. */
export async function renderReceiptJob(env: { db: Db; docs: R2Bucket }, job: { leaseId: string; period: string }) {
  const facts = receiptFacts(await env.db.batch([...receiptQueries(env.db, job.leaseId)]), job.leaseId, job.period);
  if (!facts?.paid) return null;
  const bytes = await renderReceiptPdf(facts.input);
  await env.docs.put(receiptKey(facts.lease.orgId, job.leaseId, job.period), bytes, {
    httpMetadata: { contentType: "application/pdf" },
  });
  return null;
}
