import { z } from "zod";

/**
 * Text a person types that can end up printed (agreements, signature pages and certificates, receipts):
 * trimmed and normalised to Unicode NFC before it is checked and stored, so a name typed or pasted with a
 * combining accent (`Le\u0301a`, as phones and macOS produce it) is stored as `Léa`, compares equal to the
 * precomposed form, and counts as the characters a person sees. At most `max` characters (counted after
 * normalisation), with a message the form shows; the JSON Schema carries `maxLength` for the UI's inputs.
 * Chain `.min(n)` or `.default("")` as needed. Plain zod: contracts that the UI bundles use it.
 */
export function typedText(max: number) {
  return z
    .string()
    .trim()
    .normalize("NFC")
    .max(max, `At most ${max.toLocaleString("en")} characters`);
}
