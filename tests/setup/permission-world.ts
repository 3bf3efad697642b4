import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { api, multipart, rawCall, type Caller } from "./client";
import { addMember, addRenter, createApartment, signUpLandlord, signUpRenter, mailTo, type Landlord } from "./helpers";
import { applyTo, createListing, documentForm, FILES, PROFILE } from "./listings";

/**
 * One world for the permission matrix (tests/integration/permission-matrix-integration.test.ts), seeded once:
 * org A with an owner, a manager and a maintenance member; apartment X shared by two current individual
 * leases (L1: `renter`; L2: `otherLeaseRenter`) and one ended lease (L0: `endedRenter`); a renter-reported
 * payment on L1 waiting for the landlord; an agreement draft on L1; apartment Y with a published listing and
 * the application `applicant` withdrew (with a dossier document and a guarantor of theirs); org B's owner
 * (`foreign`); and `anonymous`.
 */
export const ACTORS = [
  "owner",
  "manager",
  "maintenance",
  "renter",
  "otherLeaseRenter",
  "endedRenter",
  "applicant",
  "foreign",
  "anonymous",
] as const;
export type ActorName = (typeof ACTORS)[number];

export type World = {
  callers: Record<ActorName, Caller>;
  owner: Landlord;
  propertyId: string;
  apartmentId: string;
  /** The lease of `renter` (current), of `otherLeaseRenter` (current) and of `endedRenter` (ended 2025-12-31). */
  lease: string;
  otherLease: string;
  endedLease: string;
  /** `renter`'s payment report on `lease`, pending the landlord's confirmation. */
  activity: string;
  document: string;
  listingApartmentId: string;
  listing: string;
  /** `applicant`'s application (withdrawn), their dossier document and guarantor. */
  application: string;
  dossierDocument: string;
  guarantor: string;
  /** An expense recorded on `propertyId` by the owner. */
  expense: string;
  /** `renter`'s maintenance request on apartment X (open, unassigned). */
  maintenanceRequest: string;
};

export async function seedWorld(): Promise<World> {
  const owner = await signUpLandlord("Matrix Org");
  const [manager, maintenance, foreign] = await Promise.all([
    addMember(owner, "manager"),
    addMember(owner, "maintenance"),
    signUpLandlord("Foreign Org"),
  ]);
  const { propertyId, apartmentId } = await createApartment(owner, "X1");
  const ended = await addRenter(owner, apartmentId, {
    startDate: "2025-01-01",
    endDate: "2025-12-31",
    kind: "furnished",
  });
  const other = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
  const mine = await addRenter(owner, apartmentId, { startDate: "2026-03-01" });
  const reported = await api(mine.renter).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { description: "Payment sent for 2026-05", amount: 85000, period: "2026-05" },
  });
  expect(reported.status, reported.text).toBe(201);
  const agreement = await api(owner).leases[":id"].documents.$post({
    param: { id: mine.leaseId },
    json: { templateName: "standard-fr-unfurnished" },
  });
  expect(agreement.status, agreement.text).toBe(201);

  const y = await createApartment(owner, "Y1");
  const listing = await createListing(owner, y.apartmentId);
  const applicant = await signUpRenter("Walter Withdrawn");
  expect((await api(applicant).me.profile.$put({ json: PROFILE })).status).toBe(200);
  const dossierDocument = await api(applicant).me.documents.$post({}, multipart(documentForm("id_card", FILES.pdf())));
  expect(dossierDocument.status, dossierDocument.text).toBe(201);
  const guarantor = await api(applicant).me.guarantors.$post({
    json: { name: "Gus Guarantor", relationship: "parent" },
  });
  expect(guarantor.status, guarantor.text).toBe(201);
  const applied = await applyTo(applicant, listing.listingId);
  expect(applied.status, applied.text).toBe(201);
  const withdrawn = await api(applicant).applications[":id"].withdraw.$post({ param: { id: applied.json.id } });
  expect(withdrawn.status, withdrawn.text).toBe(200);
  const expense = await api(owner).expenses.$post({
    json: { propertyId, category: "repairs_maintenance", amount: 9900, incurredOn: "2026-05-02" },
  });
  expect(expense.status, expense.text).toBe(201);
  const reportedRequest = await rawCall(
    "POST",
    `/api/apartments/${apartmentId}/maintenance-requests`,
    { category: "heating", title: "Radiator cold", description: "Bedroom", urgency: "normal", entryPermission: true },
    mine.renter,
  );
  expect(reportedRequest.status, reportedRequest.text).toBe(201);
  // Every mail the seeding sent is delivered before the first snapshot (the dev mailbox is a table).
  for (const who of [owner, manager]) {
    await waitForMails(who.email, "confirmation_needed", 1);
    await waitForMails(who.email, "application_status", 2);
    await waitForMails(who.email, "maintenance_update", 1);
  }
  await waitForMails(applicant.email, "application_status", 2);

  return {
    callers: {
      owner,
      manager,
      maintenance,
      renter: mine.renter,
      otherLeaseRenter: other.renter,
      endedRenter: ended.renter,
      applicant,
      foreign,
      anonymous: {},
    },
    owner,
    propertyId,
    apartmentId,
    lease: mine.leaseId,
    otherLease: other.leaseId,
    endedLease: ended.leaseId,
    activity: reported.json.id,
    document: agreement.json.document.id,
    listingApartmentId: y.apartmentId,
    listing: listing.listingId,
    application: applied.json.id,
    dossierDocument: dossierDocument.json.id,
    guarantor: guarantor.json.id,
    expense: expense.json.id,
    maintenanceRequest: (reportedRequest.json as { request: { id: string } }).request.id,
  };
}

/** Waits until `to` has received at least `count` mails with `template` (the email queue delivers them). */
async function waitForMails(to: string, template: string, count: number) {
  for (let i = 0; i < 100; i++) {
    if ((await mailTo(to)).filter((m) => m.template === template).length >= count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${count} ${template} mails to ${to}`);
}

/** Tables that change on their own or on any authenticated request, not on a refused write. */
const VOLATILE = new Set(["d1_migrations"]);

/**
 * Every row of every table, per table (JSON): compare two snapshots to prove a refused call wrote nothing.
 * One D1 batch.
 */
export async function snapshot(): Promise<Record<string, string>> {
  const { results: tables } = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' order by name",
  ).all<{ name: string }>();
  const names = tables.map((t) => t.name).filter((n) => !VOLATILE.has(n));
  const rows = await env.DB.batch(names.map((n) => env.DB.prepare(`select * from "${n}"`)));
  return Object.fromEntries(names.map((n, i) => [n, JSON.stringify(rows[i]!.results)]));
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
