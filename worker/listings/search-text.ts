/**
 * How search compares text, in one place (issue 12 §4). Two foldings, both applied to what is stored and to
 * what people type, so they meet:
 *
 * - `cityKey`: the city filter's key. Unicode compatibility forms folded (NFKD: `ﬁ`, full-width letters),
 *   Unicode lower case (not ASCII only: `É`, `Ω`, `Ж`), accents removed from Latin letters (`é` → `e`,
 *   `ø` stays, as SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer does), then every run of
 *   characters that are not letters, digits or marks (spaces, hyphens, both apostrophes `'` and `’`, dots)
 *   becomes one space. `Saint-Étienne`, `saint etienne` and the decomposed `Saint-E\u0301tienne` share the
 *   key `saint etienne`; `L’Isle-d’Abeau` and `L'Isle d'Abeau` share `l isle d abeau`. It equals the FTS5
 *   tokens of the city joined by spaces, which is how migration 0017 computed it for existing rows.
 * - `searchText`: what the FTS5 index (`listings_fts`, migration 0017) reads: title, description and city,
 *   NFC-normalised, with every run of Chinese, Japanese or Korean characters (written without spaces
 *   between words) also written as overlapping two-character words ("bigrams") and its last character:
 *   `两室一厅公寓` is indexed as `两室 室一 一厅 厅公 公寓 寓`. The tokenizer folds case and Latin accents.
 *   `ftsQuery` splits what people type the same way. The index also holds the city key as one token
 *   (`cityToken`, migration 0044), which its triggers add.
 */

/** Chinese (Han), Japanese (Hiragana, Katakana and its prolonged-sound mark) and Korean (Hangul). */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]+/gu;
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/** The city filter's key of `city` (see above): `Saint-Étienne` → `saint etienne`. */
export function cityKey(city: string): string {
  return city
    .normalize("NFKD")
    .toLowerCase()
    .replace(LATIN_WITH_MARKS, "$1")
    .normalize("NFC")
    .replace(SEPARATORS, " ")
    .trim();
}

/**
 * The token under which the FTS5 index also holds a listing's city key (migration 0044, written by its
 * triggers from `city_key`, not by the app): U+E000, a private-use character the index's tokenizer keeps
 * inside tokens, before the key and in place of its spaces (`saint etienne` → `\uE000saint\uE000etienne`;
 * the triggers spell it `char(57344) || replace(city_key, ' ', char(57344))`). What people type is split on
 * every character that is not a letter or a digit, so free text never matches it.
 */
export const cityToken = (key: string) => `\u{E000}${key.replaceAll(" ", "\u{E000}")}`;

/** A CJK run as the index holds it: its bigrams and its last character (a run of one: itself). */
function bigramsOf(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return [...chars.slice(1).map((ch, i) => `${chars[i]}${ch}`), chars.at(-1)!];
}

/** The text the FTS5 index reads for a listing (see above). */
export function searchText(listing: { title: string; description: string; city: string }): string {
  return [listing.title, listing.description, listing.city]
    .map((part) => part.normalize("NFC").replace(CJK_RUN, (run) => ` ${bigramsOf(run).join(" ")} `))
    .join("\n");
}

/** The columns a listing write stores for search, from its title, description and city. */
export const searchColumns = (listing: { title: string; description: string; city: string }) => ({
  cityKey: cityKey(listing.city),
  searchText: searchText(listing),
});

/**
 * The FTS5 terms of one word people typed (letters and digits, already NFKC): Latin and other words as a
 * quoted prefix term (`"balc"*`); each CJK run as a quoted phrase of its bigrams (`"公寓"`, `"两室 室一"`),
 * or a prefix term when it is one character (`"寓"*`, which finds it at the start of a bigram or alone).
 * Quoted: user input is never FTS syntax.
 */
export function ftsTermsOf(word: string): string[] {
  const terms: string[] = [];
  let at = 0;
  for (const match of word.matchAll(CJK_RUN)) {
    if (match.index > at) terms.push(`"${word.slice(at, match.index)}"*`);
    const chars = [...match[0]];
    terms.push(chars.length === 1 ? `"${match[0]}"*` : `"${bigramsOf(match[0]).slice(0, -1).join(" ")}"`);
    at = match.index + match[0].length;
  }
  if (at < word.length) terms.push(`"${word.slice(at)}"*`);
  return terms;
}
