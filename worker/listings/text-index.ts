import { count, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { Invalid } from "../lib/errors";
import { listings } from "./schema";
import { cityKey, cityToken, ftsTermsOf } from "./search-text";

/**
 * The listing search's text index, `listings_fts`: how typed free text becomes its MATCH expression (words
 * folded as its tokenizer folds them, spelled out from its words, within a city by the city's token) and
 * how its rowids name listings. ./search reads pages and totals with these.
 */

/**
 * Typed words whose folding `foldedWord` spells exactly as the index's tokenizer does: digits and letters of
 * Basic Latin, Latin-1, Latin Extended-A and Cyrillic (case and Latin accents; checked letter by letter
 * against the tokenizer in tests/integration/listings-search-integration). Other words keep the prefix
 * query.
 */
const FOLDABLE_WORD = /^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F\u0400-\u04FF]+$/u;

/** More indexed words than this under one typed word, and the prefix query is the cheaper spelling. */
const MAX_SPELLED_WORDS = 16;

/** A typed word as the index holds it: lower case, accents of Latin letters removed (`Rénové` → `renove`). */
export const foldedWord = (word: string) =>
  word
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase();

/**
 * One typed word's part of the MATCH expression. A prefix term (`"balc"*`) makes FTS5 merge the lists of
 * every indexed word it covers, positions and all, before answering: for a word of `FOLDABLE_WORD`, the
 * statement first reads those words from the index's words (`listings_fts_words`, migration 0045: one word
 * after the other in the index's own term order, each by the first entry of its list) and asks for them by
 * name (`("balcon" OR "balcons")`), which FTS5 reads lazily. The same listings match: the words that start
 * with the folded prefix are the ones the prefix term covers (no word holds U+0000, so the next word after
 * `w` is the first at or after `w` + U+0001). None found (or a letter the tokenizer folds and `foldedWord`
 * does not), or more than `MAX_SPELLED_WORDS`: the prefix term itself.
 */
function wordMatch(word: string): SQL {
  const prefix = ftsTermsOf(word).join(" ");
  if (!FOLDABLE_WORD.test(word)) return sql`${prefix}`;
  const folded = foldedWord(word);
  const end = `${folded}\u{10FFFF}`;
  const most = sql.raw(String(MAX_SPELLED_WORDS));
  return sql`coalesce((with recursive w(term, n) as (select (select term from listings_fts_words where term >= ${folded} and term < ${end} limit 1), 1 union all select (select term from listings_fts_words where term >= w.term || char(1) and term < ${end} limit 1), n + 1 from w where w.term is not null and n <= ${most}) select case when count(*) between 1 and ${most} then '(' || group_concat('"' || term || '"', ' OR ') || ')' end from w where term is not null), ${prefix})`;
}

/**
 * Free text as an FTS5 MATCH expression (NFKC, split into words, every word required; each word's terms
 * from `ftsTermsOf`: quoted prefix terms, CJK runs as bigram phrases, or its indexed words by name, see
 * `wordMatch`), so user input is never FTS syntax. 400 if no word.
 */
function ftsQuery(q: string): SQL {
  const words = q
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) throw new Invalid("The search text has no words", [{ path: "q", message: "no words" }]);
  return sql.join(words.map(wordMatch), sql` || ' AND ' || `);
}

/**
 * Free text within one city's listings as a MATCH expression: the city key's token (`cityToken`, indexed by
 * migration 0044's triggers) and every typed word. FTS5 intersects the words' lists with the city's, so the
 * statement lists the city's matches only instead of every listing a common word matches (~48,000 of
 * 100,000 for one word of the bench). The caller keeps the `city_key` condition: the token narrows, the key
 * decides (a landlord may write U+E000 in a title).
 */
const ftsQueryInCity = (q: string, city: string): SQL =>
  sql`${`"${cityToken(cityKey(city))}"`} || ' AND ' || ${ftsQuery(q)}`;

/**
 * The low 30 bits of a `listings_fts` rowid: the listing's own rowid. Since migration 0045 the index numbers
 * each listing `unixepoch(published_at) * 2^30 + rowid` (its search rowid), so walking the index backwards
 * lists matches newest first (to the second; a tie by the listing's rowid, later first).
 */
export const LISTING_ROWID_BITS = sql.raw("1073741823");

/**
 * `listings_fts`, the FTS5 index over published listings' `search_text` (title, description and city with CJK
 * bigrams, ./search-text; migration 0017: external content, kept in step by triggers; published listings
 * only since migration 0043; each with its city key's token since 0044; numbered by publication since 0045;
 * tokenizer `unicode61 remove_diacritics 2`, which folds case and Latin accents). drizzle cannot declare a
 * virtual table: this is its one spelling.
 */
export const listingsFts = {
  /** The MATCH expression for `q`, within `city`'s listings when there is one. */
  expression: (q: string, city: string | undefined): SQL => (city ? ftsQueryInCity(q, city) : ftsQuery(q)),
  /**
   * The listings whose text matches the user's `q`, as a condition on `listings`; with `city`, the index is
   * asked for that city's matches only (the statement still filters on `city_key`).
   */
  matches: (q: string, city: string | undefined): SQL =>
    sql`${listings}.rowid in (select rowid & ${LISTING_ROWID_BITS} from listings_fts where listings_fts match ${listingsFts.expression(q, city)})`,
  /**
   * How many published listings match `q`: the index holds published listings only (migration 0043), so
   * its matches are counted without reading `listings`.
   */
  count: (db: Db, q: string) =>
    db
      .select({ total: count() })
      .from(sql`listings_fts`)
      .where(sql`listings_fts match ${ftsQuery(q)}`),
};
