import { recipientLocale, type Locale } from "../lib/i18n/locales";
import { formatDateTime } from "../lib/i18n/format";
import { translator } from "../lib/i18n/translate";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import type { ChatMessage } from "../rooms/contract";
import { chatRoomsOf, collectRecords, type ExportRecords } from "./collect";
import { exportKey } from "./service";
import { ZipToR2 } from "./zip";

/**
 * Builds a person's export (issue 16 §3; GDPR art. 15 and 20): one JSON file per kind of record (./collect.ts),
 * their chat messages from the rooms, the files themselves from R2 under `files/`, a manifest.json for a
 * machine and a README.txt in the person's language; streamed into R2 at `exports/<userId>/<exportId>.zip`.
 */

/** The JSON files of the archive, in order, and the record kind (README wording) each holds. */
const JSON_FILES = [
  ["profile.json", "profile"],
  ["account.json", "account"],
  ["memberships.json", "memberships"],
  ["leases.json", "leases"],
  ["ledger-entries.json", "ledger"],
  ["payments.json", "payments"],
  ["activities.json", "activities"],
  ["chat-messages.json", "chat"],
  ["applications.json", "applications"],
  ["dossier.json", "dossier"],
  ["listings.json", "listings"],
  ["agreements.json", "agreements"],
  ["receipts.json", "receipts"],
  ["maintenance.json", "maintenance"],
  ["expenses.json", "expenses"],
  ["audit-log.json", "audit"],
] as const;
type Kind = (typeof JSON_FILES)[number][1];
/** What README.txt describes: the JSON files, the manifest and the `files/` folder. */
type ReadmeKind = Kind | "manifest" | "files";

/** A file of the archive taken from R2: where it is, where it goes, what it is. */
type StoredFile = { key: string; path: string; kind: string; recordId: string; contentType: string };

/** Reads every chat message the person wrote in one room (worker/rooms; given by the composition root). */
export type ChatReader = (room: string, userId: string) => Promise<ChatMessage[]>;

/** What a file name may hold inside the archive: no path separators, no control characters. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]/gu, "_").slice(0, 120);

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };
const extensionOf = (contentType: string) => EXTENSIONS[contentType] ?? "bin";

/** The R2 files the records point to: dossier documents, agreements, drawn signatures, maintenance photos. */
function storedFiles(records: ExportRecords): StoredFile[] {
  const files: StoredFile[] = [];
  for (const d of records.dossier.documents)
    files.push({
      key: d.r2Key,
      path: `files/dossier/${d.id}-${safeName(d.name)}`,
      kind: "dossier_document",
      recordId: d.id,
      contentType: d.contentType,
    });
  for (const a of records.agreements.agreements) {
    const key = a.signedPdfKey ?? a.pdfKey;
    if (key)
      files.push({
        key,
        path: `files/agreements/${a.id}${a.signedPdfKey ? "-signed" : ""}.pdf`,
        kind: a.signedPdfKey ? "signed_agreement" : "agreement",
        recordId: a.id,
        contentType: "application/pdf",
      });
  }
  for (const s of records.agreements.signatures)
    files.push({
      key: s.imageKey,
      path: `files/signatures/${s.id}.png`,
      kind: "signature",
      recordId: s.id,
      contentType: "image/png",
    });
  for (const p of records.maintenance.photos)
    files.push({
      key: p.r2Key,
      path: `files/maintenance/${p.id}.${extensionOf(p.contentType)}`,
      kind: "maintenance_photo",
      recordId: p.id,
      contentType: p.contentType,
    });
  return files;
}

/**
 * The rent receipts issued for their leases as a renter: the PDFs rendered so far, kept in R2 under
 * `orgs/<orgId>/receipts/<leaseId>/` (worker/rent/receipts.ts). A period never downloaded has none yet; the
 * ledger entries hold every payment either way.
 */
async function receiptFiles(docs: R2Bucket, records: ExportRecords): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  for (const lr of records.leases.leaseRenters) {
    if (!lr.joinedAt) continue;
    const prefix = `orgs/${lr.orgId}/receipts/${lr.leaseId}/`;
    let cursor: string | undefined;
    do {
      const page = await docs.list({ prefix, ...(cursor ? { cursor } : {}) });
      for (const object of page.objects) {
        const name = object.key.slice(prefix.length);
        files.push({
          key: object.key,
          path: `files/receipts/${lr.leaseId}/${safeName(name)}`,
          kind: "rent_receipt",
          recordId: `${lr.leaseId}/${name.replace(/\.pdf$/, "")}`,
          contentType: "application/pdf",
        });
      }
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }
  return files;
}

/** Every message the person wrote, room by room (a few rooms at a time), oldest first. */
async function chatMessages(rooms: string[], userId: string, readChat: ChatReader) {
  const messages: (ChatMessage & { room: string })[] = [];
  for (let i = 0; i < rooms.length; i += 4) {
    const pages = await Promise.all(rooms.slice(i, i + 4).map((room) => readChat(room, userId)));
    pages.forEach((page, k) => messages.push(...page.map((m) => ({ ...m, room: rooms[i + k]! }))));
  }
  return messages.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** README.txt: what the archive is and what each file holds, in the person's language. */
function readme(locale: Locale, who: { name: string; email: string }, at: string) {
  const kinds: (readonly [string, ReadmeKind])[] = [...JSON_FILES, ["manifest.json", "manifest"], ["files/", "files"]];
  const t = translator(locale, "dataExport");
  const date = formatDateTime(at, locale, "UTC");
  return [
    t("readme.title"),
    "",
    t("readme.intro", { date, name: who.name, email: who.email }),
    "",
    t("readme.format"),
    "",
    t("readme.contents"),
    ...kinds.map(([path, kind]) => `- ${path}: ${t(`files.${kind}`)}`),
    "",
    t("readme.left"),
    "",
  ].join("\n");
}

/**
 * Builds the export `exportId` of `userId` into R2 (README in their language: theirs, else French) and
 * answers its key, its size in bytes and the address to tell. Throws on any failure (the queue retries; the
 * multipart upload is aborted).
 */
export async function buildExport(
  ports: Pick<Ports, "db" | "docs">,
  job: { exportId: string; userId: string },
  readChat: ChatReader,
): Promise<{ r2Key: string; bytes: number; email: string }> {
  const at = nowIso();
  const records = await collectRecords(ports.db, job.userId);
  const account = records.profile.account;
  if (!account) throw new Error(`export ${job.exportId}: user ${job.userId} is gone`);
  const locale = recipientLocale(account.locale);
  const chat = await chatMessages(await chatRoomsOf(ports.db, job.userId), job.userId, readChat);
  const receipts = await receiptFiles(ports.docs, records);
  const files = [...storedFiles(records), ...receipts];
  const data: Record<Kind, unknown> = {
    ...records,
    chat,
    receipts: receipts.map((r) => ({ id: r.recordId, file: r.path })),
  };
  const r2Key = exportKey(job.userId, job.exportId);
  const zip = new ZipToR2(ports.docs, r2Key);
  try {
    const manifestFiles: Record<string, unknown>[] = [];
    for (const [path, kind] of JSON_FILES) {
      await zip.addText(path, JSON.stringify(data[kind], null, 2));
      manifestFiles.push({ path, kind, contentType: "application/json" });
    }
    for (const file of files) {
      const object = await ports.docs.get(file.key);
      if (!object) continue; // a file deleted since its row was read: the record still says what it was
      const bytes = await zip.addStream(file.path, object.body as ReadableStream<Uint8Array>);
      manifestFiles.push({
        path: file.path,
        kind: file.kind,
        recordId: file.recordId,
        contentType: file.contentType,
        bytes,
      });
    }
    const manifest = {
      format: "rentline-export/1",
      userId: job.userId,
      exportId: job.exportId,
      generatedAt: at,
      locale,
      files: manifestFiles,
    };
    await zip.addText("manifest.json", JSON.stringify(manifest, null, 2));
    await zip.addText("README.txt", readme(locale, account, at));
    return { r2Key, bytes: await zip.close(), email: account.email };
  } catch (error) {
    await zip.abort();
    throw error;
  }
}
