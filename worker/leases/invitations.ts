import { and, eq, type SQL } from "drizzle-orm";
import type { ScopedHandle } from "../db/scoped";
import { enqueueEmail } from "../email/contract";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { isoIn, nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { apartments, properties, propertyZone } from "../portfolio/schema";

/**
 * Lease invitations: the apartment an invitation is about, the invitation row with its secret token, and
 * the email that carries the link (accepted in service.ts `acceptLeaseInvitation`).
 */

/** How long a lease invitation stays valid: 14 days, in ms. */
const LEASE_INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;
/** What inviting a renter reaches: the email queue, the links' origin, the request id for the audit row. */
export type InvitePorts = Pick<Ports, "db" | "queues" | "appUrl" | "requestId">;

/** The apartment an invitation is about (its address, org and currency), through an org-scoped handle. */
export function placeQuery(h: ScopedHandle, apartmentId: string | SQL) {
  return h
    .selectFields(
      {
        unitNumber: apartments.unitNumber,
        currency: apartments.currency,
        address: properties.address,
        city: properties.city,
        country: properties.country,
        orgName: orgs.name,
        orgId: orgs.id,
        timezone: propertyZone(),
        legalKind: orgs.legalKind,
        familyCompany: orgs.familyCompany,
      },
      apartments,
      eq(apartments.id, apartmentId),
    )
    .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, apartments.orgId)))
    .innerJoin(orgs, eq(orgs.id, apartments.orgId));
}
export type Place = Awaited<ReturnType<typeof placeQuery>>[number];

/** An invitation row (the handle stamps the org) and the secret token its email carries (only its hash is kept). */
export async function invitationRow(lease: { id: string; apartmentId: string }, email: string) {
  const token = newSecret();
  const row = {
    id: newId(),
    leaseId: lease.id,
    apartmentId: lease.apartmentId,
    email,
    tokenHash: await sha256Hex(token),
    invitedAt: nowIso(),
    expiresAt: isoIn(LEASE_INVITATION_TTL_MS),
  };
  return { token, row };
}

export async function sendLeaseInvitation(
  ports: InvitePorts,
  place: Place,
  invitation: { email: string; token: string; startDate: string },
) {
  await enqueueEmail(ports.queues.email, {
    template: "lease_invitation",
    to: invitation.email,
    orgId: place.orgId,
    data: {
      orgName: place.orgName,
      address: { street: place.address, city: place.city, unit: place.unitNumber },
      startDate: invitation.startDate,
      link: `${ports.appUrl}/invitations/accept?token=${invitation.token}`,
    },
  });
}

export const publicInvitation = (row: { id: string; email: string; expiresAt: string }) => ({
  id: row.id,
  email: row.email,
  expiresAt: row.expiresAt,
});
