/**
 * Text as the PDF writer receives it: NFC-normalised (a name typed with a combining accent, `Le\u0301a`,
 * draws as `Léa`), control characters dropped, tabs as spaces, `\r\n` as `\n`; split into grapheme clusters
 * (a base letter with its marks is drawn from one font). Characters that no font can draw raise
 * `UndrawableTextError`, which the PDF jobs turn into a `failed` document naming them.
 */

/** NFC, `\r\n`/`\r` → `\n`, tabs → space, other C0/C1 controls removed. */
export function cleanText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(/\t/g, " ")
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "")
  );
}

/**
 * Wraps a value typed by a person in a Unicode bidi isolate (FSI … PDI, UAX #9; worker/lib/i18n/bidi.ts): an
 * Arabic address then a phone number keep their own order instead of reordering with the label and
 * punctuation around them. The marks themselves draw nothing. Use for every interpolated value; not for
 * whole paragraphs (an isolated paragraph loses its own direction).
 */
export { isolate } from "../i18n/bidi";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The grapheme clusters of `text` (after `cleanText`), newlines included as clusters of their own. */
export function clustersOf(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of graphemes.segment(cleanText(text))) if (segment !== "\n") out.push(segment);
  return out;
}

/** `“😀” (U+1F600), “𓀀” (U+13000)`: the characters as a person can recognise and search them. */
export function describeCharacters(chars: string[]): string {
  return chars
    .slice(0, 12)
    .map(
      (ch) =>
        `“${ch}” (${[...ch].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ")})`,
    )
    .join(", ")
    .concat(chars.length > 12 ? ` and ${chars.length - 12} more` : "");
}

/**
 * Text that no font available to the renderer can draw. `characters` are the offending characters; the
 * message names them. Not worth retrying: the PDF jobs mark the document failed at once with this message.
 */
export class UndrawableTextError extends Error {
  constructor(
    readonly characters: string[],
    described: string,
  ) {
    super(
      `These characters cannot be printed in a PDF: ${described}. Edit the text that contains them (a name, an address or a clause) and try again.`,
    );
    this.name = "UndrawableTextError";
  }
}

/**
 * A PDF as the render worker (workers/render) answers it over RPC: its bytes, or the characters no font draws
 * (an `UndrawableTextError` does not survive the trip between workers: only its message would).
 */
export type DrawnPdf = { pdf: Uint8Array } | { undrawable: string[] };

/** Runs a renderer where it draws (the render worker): its bytes, or the characters it could not draw. */
export async function drawnPdf(render: () => Promise<Uint8Array>): Promise<DrawnPdf> {
  try {
    return { pdf: await render() };
  } catch (error) {
    if (error instanceof UndrawableTextError) return { undrawable: error.characters };
    throw error;
  }
}

/** The bytes of a drawn PDF, or the `UndrawableTextError` the renderer raised, thrown again by the caller. */
export function pdfBytes(drawn: DrawnPdf): Uint8Array {
  if ("pdf" in drawn) return drawn.pdf;
  throw new UndrawableTextError(drawn.undrawable, describeCharacters(drawn.undrawable));
}
