import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { OrgReader } from "../db/scoped";
import { dossierDocuments, guarantors } from "../dossier/schema";
import type { FileGrant } from "../lib/signed-urls";
import type { ApplicationDeps } from "./deps";
import { applications } from "./schema";

/**
 * The landlord's review of a listing's applications (issue 14 §6): beside each application, its chosen
 * guarantors (with their stated income) and the dossier documents it was sent with, behind `/files` links
 * that check the reader's access to that application again on use. Read in the same batch as the list.
 */

/** Rows of the dossier as applied are shown only up to the application's withdrawal or rejection. */
const closedAt = sql`coalesce((select min(h.at) from application_status_history h
  where h.application_id = "applications"."id" and h.to_status in ('withdrawn', 'rejected')), '9999-12-31')`;
const chosenBy = sql`(select value from json_each("applications"."guarantor_ids"))`;
const applicationIdColumn = sql<string>`"applications"."id"`.as("application_id");

/** The chosen guarantors and the documents of every application to `listingId`, through the org handle. */
export function reviewDossierQueries(s: OrgReader, listingId: string) {
  return [
    s
      .selectFields(
        { ...getTableColumns(guarantors), applicationId: applicationIdColumn },
        applications,
        eq(applications.listingId, listingId),
      )
      .innerJoin(
        guarantors,
        and(
          eq(guarantors.userId, applications.renterUserId),
          sql`${guarantors.id} in ${chosenBy}`,
          sql`${guarantors.createdAt} <= ${closedAt}`,
        ),
      )
      .orderBy(asc(guarantors.createdAt)),
    s
      .selectFields(
        { ...getTableColumns(dossierDocuments), applicationId: applicationIdColumn },
        applications,
        eq(applications.listingId, listingId),
      )
      .innerJoin(
        dossierDocuments,
        and(
          eq(dossierDocuments.userId, applications.renterUserId),
          sql`(${dossierDocuments.guarantorId} is null or ${dossierDocuments.guarantorId} in ${chosenBy})`,
          sql`${dossierDocuments.createdAt} <= ${closedAt}`,
        ),
      )
      .orderBy(asc(dossierDocuments.createdAt)),
  ] as const;
}

type Rows<T> = (T & { applicationId: string })[];

/**
 * Each application's dossier as applied (`presentDossier`: the renter's documents, and each guarantor with
 * income and documents), links signed with `secret` for the application.
 */
export async function reviewDossiers(
  present: ApplicationDeps["presentDossier"],
  secret: string,
  list: { id: string; renterUserId: string }[],
  guarantorRows: Rows<typeof guarantors.$inferSelect>,
  documentRows: Rows<typeof dossierDocuments.$inferSelect>,
) {
  return Promise.all(
    list.map(async (a) => {
      const grant: FileGrant = { kind: "application", applicationId: a.id };
      const strip = <T extends { applicationId: string }>({ applicationId: _, ...row }: T) => row;
      const gs = guarantorRows.filter((g) => g.applicationId === a.id).map(strip);
      const docs = documentRows.filter((d) => d.applicationId === a.id).map(strip);
      return { id: a.id, ...(await present(secret, a.renterUserId, docs, gs, grant)) };
    }),
  );
}
