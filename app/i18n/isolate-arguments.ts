/**
 * Right-to-left catalogues put every simple ICU argument (`{name}`, `{amount}`, `{unit}`) inside Unicode's
 * first-strong isolate (U+2068 … U+2069, the plain-text `<bdi>`), once, where the catalogue is loaded: people's
 * text and formatted values interpolated into a Hebrew sentence keep their own order ("יחידה 1A", not
 * "1 יחידהA"; "720,00 €" whole) and do not reorder the words around them. Plural, select and number
 * arguments (`{count, plural, …}`) are left as they are; the simple arguments inside their branches are
 * isolated too. ICU-quoted text (`'{'`) is not touched.
 */

// Not after a quote (ICU-quoted text) nor after a word or `=n` (a plural or select branch, `other {…}`).
const SIMPLE_ARGUMENT = /(?<!['=\w]\s*)\{\s*([A-Za-z_]\w*)\s*\}/g;

/** One message with its simple arguments isolated. */
export function isolateMessage(message: string): string {
  return message.replace(SIMPLE_ARGUMENT, "\u2068{$1}\u2069");
}

/** A whole catalogue (nested namespaces of messages) with every message's simple arguments isolated. */
export function isolateArguments<T>(catalogue: T): T {
  if (typeof catalogue === "string") return isolateMessage(catalogue) as T;
  if (!catalogue || typeof catalogue !== "object") return catalogue;
  return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, isolateArguments(value)])) as T;
}
