import { eq, isNotNull, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { ScopedHandle } from "../db/scoped";
import { renterProfiles } from "../dossier/schema";
import { leaseRenters, leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { leaseDuration } from "../lib/french-lease-law";
import { Conflict, NotFound } from "../lib/errors";
import { orgs } from "../orgs/schema";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import type { AgreementFieldsInput } from "./fields";
import type { LeaseHeld } from "./lease-terms";

/** Reads for `prefill`, through the handle on the lease: the place and its terms, then its joined renters. */
function prefillReads(l: ScopedHandle, leaseId: string, userId: string) {
  return [
    l
      .selectFields(
        {
          // The landlord is the org's legal identity when its settings have one (issue 13 §1).
          orgName: sql<string>`coalesce(${orgs.legalName}, ${orgs.name})`.as("org_name"),
          orgPhone: orgs.phone,
          orgEmail: orgs.contactEmail,
          orgNumber: orgs.companyNumber,
          orgLegalForm: orgs.legalForm,
          orgLegalKind: orgs.legalKind,
          orgRepresentative: orgs.representative,
          orgCountry: sql<string>`coalesce(${orgs.addressCountry}, ${orgs.country})`.as("org_country"),
          timezone: propertyZone(),
          // D1 collapses duplicate column names in raw rows: alias the org's `address`, `postal_code`, `city`.
          orgAddress: sql<string | null>`${orgs.address}`.as("org_address"),
          orgPostalCode: sql<string | null>`${orgs.postalCode}`.as("org_postal_code"),
          orgCity: sql<string | null>`${orgs.city}`.as("org_city"),
          landlordEmail: sql<string | null>`(select u.email from ${users} u where u.id = ${userId})`.as(
            "landlord_email",
          ),
          landlordName: sql<string | null>`(select u.name from ${users} u where u.id = ${userId})`.as("landlord_name"),
          street: sql<string>`${properties.address}`.as("street"),
          city: properties.city,
          postalCode: properties.postalCode,
          unit: apartments.unitNumber,
          rooms: apartments.roomsCount,
          startDate: leases.startDate,
          endDate: leases.endDate,
          rent: leases.rentAmount,
          charges: leases.chargesAmount,
          currency: leases.currency,
          dueDay: leases.dueDay,
          deposit: leases.depositAmount,
          kind: leases.kind,
          landlordKind: leases.landlordKind,
          mobilityReason: leases.mobilityReason,
        },
        leases,
        eq(leases.id, leaseId),
      )
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .innerJoin(orgs, eq(orgs.id, leases.orgId)),
    l
      .selectFields(
        {
          userId: users.id,
          email: users.email,
          accountName: users.name,
          firstName: renterProfiles.firstName,
          lastName: renterProfiles.lastName,
          phone: renterProfiles.phone,
          address: renterProfiles.address,
        },
        leaseRenters,
        isNotNull(leaseRenters.joinedAt),
      )
      .innerJoin(users, eq(users.id, leaseRenters.userId))
      .leftJoin(renterProfiles, eq(renterProfiles.userId, users.id))
      .orderBy(leaseRenters.invitedAt),
  ] as const;
}

/**
 * What the org, property, apartment, lease and renter profiles already know of a new agreement on the
 * lease behind `l`: one round trip. `userId` is who drafts it (their email is the landlord's contact). The
 * agreement is dated today in the org's time zone; amounts stay in minor units; the term in months counts
 * both the first and the last day (1 September to 31 August is 12 months). Throws 404 for an unknown
 * lease and 409 `no_renters` while no renter has joined it. Also gives what the lease holds (./lease-terms.ts).
 */
export async function prefill(
  l: ScopedHandle,
  leaseId: string,
  userId: string,
): Promise<{ known: AgreementFieldsInput; lease: LeaseHeld }> {
  const [[place], renters] = await l.batch([...prefillReads(l, leaseId, userId)]);
  if (!place) throw new NotFound("Lease");
  if (renters.length === 0)
    throw new Conflict("No renter has joined this lease yet: an agreement needs its renters", "no_renters");
  const months = place.endDate ? Math.max(1, leaseDuration(place.startDate, place.endDate).months) : 12;
  const lease: LeaseHeld = {
    kind: place.kind,
    landlordKind: place.landlordKind,
    mobilityReason: place.mobilityReason,
    startDate: place.startDate,
    endDate: place.endDate,
    rentAmount: place.rent,
    currency: place.currency,
    dueDay: place.dueDay,
    depositAmount: place.deposit,
  };
  // Who the landlord is in law: the org's legal kind (an SCI familiale letting as a person stays a company);
  // not said yet, a company number makes it a company, else the kind the lease lets as.
  const entity = place.orgLegalKind ?? (place.orgNumber ? "company" : place.landlordKind);
  const known: AgreementFieldsInput = {
    date: todayIn(place.timezone),
    landlord: {
      name: place.orgName,
      // A company is identified by its registry number (SIRET in France); a person by an identity document
      // the landlord types (never the company number: art. 3).
      idNumber: entity === "company" ? (place.orgNumber ?? "") : "",
      phone: place.orgPhone ?? "",
      email: place.orgEmail ?? place.landlordEmail ?? "",
      // The registered address: street, then postcode and city (migration 0020 split them).
      address: [place.orgAddress, [place.orgPostalCode, place.orgCity].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", "),
      kind: place.landlordKind,
      entity,
      // A company signs through a person: its representative (settings), else the one drafting, until the
      // landlord writes who (and as what).
      representative: entity === "company" ? (place.orgRepresentative ?? place.landlordName ?? "") : "",
      legalForm: place.orgLegalForm ?? "",
      country: place.orgCountry.toUpperCase().slice(0, 2),
    },
    renters: renters.map((r) => ({
      userId: r.userId,
      name: r.firstName ? `${r.firstName} ${r.lastName}` : r.accountName,
      email: r.email,
      phone: r.phone ?? "",
      address: r.address ?? "",
    })),
    property: {
      address: `${place.street}, ${place.postalCode} ${place.city}`,
      unit: place.unit,
      roomsCount: place.rooms,
    },
    lease: {
      periodMonths: months,
      startDate: place.startDate,
      endDate: place.endDate ?? "",
      kind: place.kind,
      mobilityReason: place.mobilityReason ?? "",
    },
    rent: {
      currency: place.currency,
      amount: place.rent,
      // The lease's monthly charges (provision or forfait), beside the rent excluding charges.
      charges: place.charges,
      paymentDay: place.dueDay,
      standingOrderStart: place.startDate,
    },
    deposit: { required: Boolean(place.deposit), amount: place.deposit ?? 0 },
  };
  return { known, lease };
}
