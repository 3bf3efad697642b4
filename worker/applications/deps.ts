import type { SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import type { DocumentView } from "../dossier/contract";
import type { dossierDocuments, guarantors } from "../dossier/schema";
import type { JoinedLeaseInput } from "../leases/contract";
import type { FileGrant } from "../lib/signed-urls";

/**
 * What applications use from other features' services, handed in by the composition root (worker/app.ts),
 * so applications imports no other feature's service: the lease a confirmation creates, the dossier as
 * the API shows it, the ticket to the conversation room.
 */

/**
 * The statements creating a lease whose renter has already joined (leases/service.ts), each applied only
 * when `when` holds, for the caller's batch; with the new lease's id.
 */
export type JoinedLeaseStatements = (
  db: Db,
  input: JoinedLeaseInput,
  when: SQL,
) => Promise<{ leaseId: string; statements: readonly BatchItem<"sqlite">[] }>;

type GuarantorRow = typeof guarantors.$inferSelect;

/**
 * A renter's dossier as the API shows it (dossier/present.ts): the renter's own documents and each guarantor
 * with theirs, every file behind a `/files` link signed with `secret` for `grant`.
 */
type PresentDossier = (
  secret: string,
  userId: string,
  docs: (typeof dossierDocuments.$inferSelect)[],
  guarantorRows: GuarantorRow[],
  grant: FileGrant,
) => Promise<{
  documents: DocumentView[];
  guarantors: (Omit<GuarantorRow, "userId"> & { documents: DocumentView[] })[];
}>;

/**
 * A room ticket (rooms/tickets.ts): an HS256 JWT signed with `secret` for the room `scope.apartmentId`, naming
 * the caller's session `scope.sessionId` (checked again at connect).
 */
type IssueRoomTicket = (secret: string, scope: ApartmentScope & { sessionId: string }) => Promise<string>;

/** Everything `applicationRoutes` needs from other features. */
export type ApplicationDeps = {
  joinedLeaseStatements: JoinedLeaseStatements;
  presentDossier: PresentDossier;
  issueRoomTicket: IssueRoomTicket;
};
