/**
 * What a file is, from its first bytes (magic numbers), never from its name or the client's content type:
 * an executable renamed to `.pdf` is still an executable. Returns null for anything we do not accept.
 */
export const FILE_TYPES = {
  pdf: { mime: "application/pdf", extension: "pdf" },
  png: { mime: "image/png", extension: "png" },
  jpeg: { mime: "image/jpeg", extension: "jpg" },
  webp: { mime: "image/webp", extension: "webp" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
} as const;
export type FileTypeName = keyof typeof FILE_TYPES;
export type DetectedFileType = { name: FileTypeName; mime: string; extension: string };

/** How many leading bytes `detectFileType` needs. */
export const FILE_SNIFF_BYTES = 512;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

function detected(name: FileTypeName): DetectedFileType {
  return { name, ...FILE_TYPES[name] };
}

/** The file type its first bytes show (at least `FILE_SNIFF_BYTES`), or null when not one we know. */
export function detectFileType(head: Uint8Array): DetectedFileType | null {
  if (startsWith(head, ascii("%PDF-"))) return detected("pdf");
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return detected("png");
  if (startsWith(head, [0xff, 0xd8, 0xff])) return detected("jpeg");
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return detected("webp");
  // A .docx is a ZIP whose first entry is [Content_Types].xml (or word/...): a bare ZIP is not accepted.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const nameLength = head[26]! | (head[27]! << 8);
    const firstEntry = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
    if (
      firstEntry === "[Content_Types].xml" ||
      firstEntry.startsWith("word/") ||
      firstEntry.startsWith("_rels/") ||
      firstEntry.startsWith("docProps/")
    ) {
      return detected("docx");
    }
  }
  return null;
}
