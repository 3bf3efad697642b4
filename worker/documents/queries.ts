import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import type { ScopedHandle } from "../db/scoped";
import { dossierDocuments } from "../dossier/schema";
import { leaseRenters, leases } from "../leases/schema";
import { memberships, orgs } from "../orgs/schema";
import { apartments, apartmentZone, properties } from "../portfolio/schema";
import { documents, signatures } from "./schema";

/**
 * The documents feature's reads, as statements to batch with an access check (one D1 round trip). Every
 * org-owned read goes through a scoped handle; visibility (who sees which agreement) is SQL, not a filter
 * applied to rows afterwards.
 */

/** Kinds of a renter's dossier documents attached to their agreements: proof of identity and of income. */
const ATTACHED_KINDS = ["id_card", "proof_of_income"] as const;

/**
 * One agreement, its signatures (oldest first), its renters' ID and income documents, the org's time zone and
 * the country of its dwelling (the property's, whose law governs the lease), through `l`, the handle on the
 * agreement's lease. Attachments are those of the lease's joined renters who are on the agreement.
 */
export function documentReads(l: ScopedHandle, documentId: string) {
  const onAgreement = sql`exists (select 1 from ${documents} d, json_each(d.template_fields, '$.renters') r where d.id = ${documentId} and json_extract(r.value, '$.userId') = ${dossierDocuments.userId})`;
  return [
    l.select(documents, eq(documents.id, documentId)),
    l.select(signatures, eq(signatures.documentId, documentId)).orderBy(signatures.signedAt),
    l
      .selectFields(
        {
          id: dossierDocuments.id,
          userId: dossierDocuments.userId,
          kind: dossierDocuments.kind,
          name: dossierDocuments.name,
          contentType: dossierDocuments.contentType,
          key: dossierDocuments.r2Key,
        },
        leaseRenters,
        isNotNull(leaseRenters.joinedAt),
      )
      .innerJoin(
        dossierDocuments,
        and(
          eq(dossierDocuments.userId, leaseRenters.userId),
          isNull(dossierDocuments.guarantorId),
          inArray(dossierDocuments.kind, [...ATTACHED_KINDS]),
          onAgreement,
        ),
      )
      .orderBy(dossierDocuments.createdAt),
    // The org's time zone (IANA), for the page to show signing times in it.
    l.selectFields(
      {
        timezone: apartmentZone(documents.apartmentId),
      },
      documents,
      eq(documents.id, documentId),
    ),
    l
      .selectFields(
        { country: properties.country },
        apartments,
        eq(
          apartments.id,
          sql`(select ${documents.apartmentId} from ${documents} where ${documents.id} = ${documentId})`,
        ),
      )
      .innerJoin(properties, eq(properties.id, apartments.propertyId)),
    // What the lease holds that the agreement repeats (./lease-terms.ts): the source of truth for those terms.
    l.selectFields(
      {
        kind: leases.kind,
        landlordKind: leases.landlordKind,
        mobilityReason: leases.mobilityReason,
        startDate: leases.startDate,
        endDate: leases.endDate,
        rentAmount: leases.rentAmount,
        currency: leases.currency,
        dueDay: leases.dueDay,
        depositAmount: leases.depositAmount,
      },
      leases,
      eq(leases.id, sql`(select ${documents.leaseId} from ${documents} where ${documents.id} = ${documentId})`),
    ),
  ] as const;
}
export type Attachment = Awaited<ReturnType<typeof documentReads>[2]>[number];

/**
 * The agreements of the apartment behind `a`, newest first (at most 100). With `viewerUserId`, only those
 * that person may see: all of them for a member of the org, those of the leases they joined for a renter.
 */
export function documentsOfApartment(a: ScopedHandle, viewerUserId?: string) {
  return a
    .select(documents, viewerUserId === undefined ? undefined : visibleTo(viewerUserId))
    .orderBy(desc(documents.createdAt))
    .limit(100);
}

function visibleTo(userId: string): SQL {
  return sql`(exists (select 1 from ${memberships} m where m.org_id = ${documents.orgId} and m.user_id = ${userId})
    or exists (select 1 from ${leaseRenters} lr where lr.lease_id = ${documents.leaseId} and lr.user_id = ${userId} and lr.joined_at is not null))`;
}

/** A renter's agreements across every org: those of the leases they joined (at most 200, newest first). */
export function documentsOfRenter(db: Db, userId: string) {
  return db
    .select({
      id: documents.id,
      apartmentId: documents.apartmentId,
      leaseId: documents.leaseId,
      templateName: documents.templateName,
      status: documents.status,
      createdAt: documents.createdAt,
      signedAt: documents.signedAt,
      address: sql<string>`${properties.address} || ', ' || ${properties.city}`.as("address"),
      unit: apartments.unitNumber,
      orgName: sql<string>`${orgs.name}`.as("org_name"),
    })
    .from(documents)
    .innerJoin(
      leaseRenters,
      and(
        eq(leaseRenters.leaseId, documents.leaseId),
        eq(leaseRenters.userId, userId),
        isNotNull(leaseRenters.joinedAt),
      ),
    )
    .innerJoin(apartments, eq(apartments.id, documents.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, documents.orgId))
    .orderBy(desc(documents.createdAt))
    .limit(200);
}

/** All signatures of one agreement, oldest first (for the public verification, across orgs). */
export function signaturesOf(db: Db, documentId: string) {
  return db.select().from(signatures).where(eq(signatures.documentId, documentId)).orderBy(signatures.signedAt);
}
