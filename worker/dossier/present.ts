import { signFileUrl, type FileGrant } from "../lib/signed-urls";
import type { DocumentView } from "./contract";
import type { dossierDocuments, guarantors } from "./schema";

/**
 * A dossier as the API shows it: each file through a signed, expiring `/files` link instead of its R2
 * key. The link's grant says whose access it still requires on use: the renter's own (`user`), or, for a
 * dossier sent with an application, the application's parties (`application`).
 */
type DocumentRow = typeof dossierDocuments.$inferSelect;
type GuarantorRow = typeof guarantors.$inferSelect;

export async function presentDocument(secret: string, row: DocumentRow, grant: FileGrant): Promise<DocumentView> {
  const url = await signFileUrl(secret, {
    key: row.r2Key,
    name: row.name,
    type: row.contentType,
    disposition:
      row.contentType === "application/pdf" || row.contentType.startsWith("image/") ? "inline" : "attachment",
    grant,
  });
  const { userId: _, r2Key: __, ...shown } = row;
  return { ...shown, url };
}

/** The renter's own documents, and each guarantor with theirs (links signed for `grant`). */
export async function presentDossier(
  secret: string,
  userId: string,
  docs: DocumentRow[],
  guarantorRows: GuarantorRow[],
  grant: FileGrant = { kind: "user", userId },
) {
  const shown = await Promise.all(docs.map((d) => presentDocument(secret, d, grant)));
  return {
    documents: shown.filter((d) => d.guarantorId === null),
    guarantors: guarantorRows.map(({ userId: _, ...g }) => ({
      ...g,
      documents: shown.filter((d) => d.guarantorId === g.id),
    })),
  };
}
