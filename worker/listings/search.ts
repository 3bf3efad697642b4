import { and, asc, between, count, desc, eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { z } from "zod";
import { Invalid } from "../lib/errors";
import { searchResult, type SearchQuery, type SearchResult } from "./contract";
import { listingCities, listings, searchGeneration } from "./schema";
import { cityKey, cityToken, ftsTermsOf } from "./search-text";
import { classesAtLeast } from "./french-ads";

/**
 * Public search over published listings, and the generation counter that versions its edge cache
 * (docs/decisions/0003): every listing write bumps it in its own batch, and a cached answer is served only
 * while the generation it was computed at is still current.
 */

/** The current search generation (one row). */
const generationQuery = (db: Db) =>
  db.select({ value: searchGeneration.value }).from(searchGeneration).where(eq(searchGeneration.id, 1));

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
 * statement first reads those words from the index's vocabulary (`listings_fts_vocab`, migration 0043; the
 * index's own term order) and asks for them by name (`("balcon" OR "balcons")`), which FTS5 reads
 * lazily. The same listings match: the words that start with the folded prefix are the ones the prefix
 * term covers. None found (or a letter the tokenizer folds and `foldedWord` does not), or more than
 * `MAX_SPELLED_WORDS`: the prefix term itself.
 */
function wordMatch(word: string): SQL {
  const prefix = ftsTermsOf(word).join(" ");
  if (!FOLDABLE_WORD.test(word)) return sql`${prefix}`;
  const folded = foldedWord(word);
  return sql`coalesce((select case when count(*) between 1 and ${MAX_SPELLED_WORDS} then '(' || group_concat('"' || term || '"', ' OR ') || ')' end from (select term from listings_fts_vocab where term >= ${folded} and term < ${`${folded}\u{10FFFF}`} limit ${MAX_SPELLED_WORDS + 1})), ${prefix})`;
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
 * `listings_fts`, the FTS5 index over published listings' `search_text` (title, description and city with CJK
 * bigrams, ./search-text; migration 0017: external content, kept in step by triggers; published listings
 * only since migration 0043; each with its city key's token since 0044; tokenizer `unicode61
 * remove_diacritics 2`, which folds case and Latin accents). drizzle cannot declare a virtual table: this is
 * its one spelling.
 */
const listingsFts = {
  /**
   * The listings whose text matches the user's `q`, as a condition on `listings`; with `city`, the index is
   * asked for that city's matches only (the statement still filters on `city_key`).
   */
  matches: (q: string, city: string | undefined): SQL =>
    sql`${listings}.rowid in (select rowid from listings_fts where listings_fts match ${city ? ftsQueryInCity(q, city) : ftsQuery(q)})`,
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

/** The conditions of a search on published listings: none when `q` filters nothing. */
function searchFilters(q: Partial<SearchQuery>): SQL[] {
  const parts: SQL[] = [];
  if (q.city) parts.push(eq(listings.cityKey, cityKey(q.city)));
  if (q.priceMax !== undefined) parts.push(lte(listings.rentAmount, q.priceMax));
  if (q.priceMax !== undefined && q.currency) parts.push(eq(listings.currency, q.currency));
  if (q.type) parts.push(eq(listings.type, q.type));
  // Told to SQLite as usually true (most listings are available by the date asked): newest first walks
  // (status, type, published_at, available_from) and stops at the page's end instead of reading every listing
  // available by then and sorting them; the count still reads (status, type, available_from).
  if (q.availableFrom) parts.push(sql`likelihood(${lte(listings.availableFrom, q.availableFrom)}, 0.9)`);
  if (q.q) parts.push(listingsFts.matches(q.q, q.city));
  // A listing without a stated area or class never matches a filter on it (NULL compares false).
  if (q.areaMin !== undefined) parts.push(gte(listings.livingArea, q.areaMin));
  if (q.areaMax !== undefined) parts.push(lte(listings.livingArea, q.areaMax));
  if (q.energyClassMin) parts.push(inArray(listings.energyClass, classesAtLeast(q.energyClassMin)));
  if (q.furnished !== undefined) parts.push(eq(listings.furnished, q.furnished));
  return parts;
}

const ORDER: Record<SearchQuery["sort"], SQL[]> = {
  price_asc: [asc(listings.rentAmount), desc(listings.publishedAt)],
  price_desc: [desc(listings.rentAmount), desc(listings.publishedAt)],
  newest: [desc(listings.publishedAt)],
};

/**
 * A search result's columns (`ListingSummary`), from `listings` however the statement names other copies
 * of the table: the first photo's id and the apartment's number of rooms come with the row, so a page of
 * results stays one statement.
 */
const summaryColumns = {
  id: listings.id,
  title: listings.title,
  city: listings.city,
  type: listings.type,
  rentAmount: listings.rentAmount,
  chargesAmount: listings.chargesAmount,
  currency: listings.currency,
  availableFrom: listings.availableFrom,
  publishedAt: listings.publishedAt,
  livingArea: listings.livingArea,
  furnished: listings.furnished,
  energyClass: listings.energyClass,
  roomsCount: sql<number | null>`(select a.rooms_count from apartments a where a.id = "listings"."apartment_id")`.as(
    "rooms_count",
  ),
  // Spelled out: drizzle leaves a single-table column unqualified inside raw SQL, which would bind to p.
  photo: sql<
    string | null
  >`(select p.id from listing_photos p where p.listing_id = "listings"."id" order by p.position limit 1)`.as("photo"),
};

/** The number of published listings, from the per-city counts (migration 0043) instead of every listing. */
const publishedCountQuery = (db: Db) =>
  db.select({ total: sql<number>`coalesce(sum(${listingCities.listings}), 0)`.mapWith(Number) }).from(listingCities);

/**
 * One page of results and the total, for one batch. Every shape uses an index (tested with EXPLAIN); the
 * total of a search without filters is the sum of the per-city counts, that of free text alone the index's
 * count of matches.
 */
export function searchQueries(db: Db, q: SearchQuery) {
  const filters = searchFilters(q);
  const where = and(eq(listings.status, "published"), ...filters)!;
  return [
    db
      .select(summaryColumns)
      .from(listings)
      .where(where)
      .orderBy(...ORDER[q.sort])
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    !filters.length
      ? publishedCountQuery(db)
      : filters.length === 1 && q.q !== undefined
        ? listingsFts.count(db, q.q)
        : db.select({ total: count() }).from(listings).where(where),
  ] as const;
}

/**
 * The cities with the most published listings (at most 8, most first; ties by key), whatever the other
 * filters, never the city searched (`city`, compared folded: a search for "lyon" that found nothing does not
 * suggest "Lyon"): the home page's city chips and the suggestions of a search that found nothing. One name
 * per folded city key (the greatest of its spellings, by code point). Read from the per-city counts the
 * triggers of migration 0043 keep (`listing_cities`: a few rows per city, not every listing).
 */
const topCitiesQuery = (db: Db, city: string | undefined) => {
  const listingsOfKey = sql<number>`sum(${listingCities.listings})`;
  return db
    .select({ city: sql<string>`max(${listingCities.city})`.as("city"), count: listingsOfKey.mapWith(Number) })
    .from(listingCities)
    .where(city ? ne(listingCities.cityKey, cityKey(city)) : undefined)
    .groupBy(listingCities.cityKey)
    .orderBy(desc(listingsOfKey), asc(listingCities.cityKey))
    .limit(8);
};

/** How far a similar listing's rent may be from the closed one's, as a share of it (±30 %). */
const SIMILAR_RENT_SPREAD = 0.3;

/**
 * Up to 4 published listings like listing `id` — same city, same currency, a rent within ±30 % of its,
 * closest rent first — but only when `id` is closed (let or withdrawn): for a published or missing listing
 * the statement finds nothing, so it can ride in every read batch of the listing page (one round trip).
 */
export function similarToClosedQuery(db: Db, id: string) {
  const closed = alias(listings, "closed");
  const low = sql`${closed.rentAmount} * ${1 - SIMILAR_RENT_SPREAD}`;
  const high = sql`${closed.rentAmount} * ${1 + SIMILAR_RENT_SPREAD}`;
  return db
    .select(summaryColumns)
    .from(listings)
    .innerJoin(
      closed,
      and(
        eq(closed.id, id),
        inArray(closed.status, ["closed", "taken_down"]),
        eq(listings.cityKey, closed.cityKey),
        eq(listings.currency, closed.currency),
      ),
    )
    .where(and(eq(listings.status, "published"), ne(listings.id, id), between(listings.rentAmount, low, high)))
    .orderBy(sql`abs(${listings.rentAmount} - ${closed.rentAmount})`, desc(listings.publishedAt))
    .limit(4);
}

/** Every published listing's id and last change, newest first (at most 50,000: the sitemap format's limit). */
export const sitemapQuery = (db: Db) =>
  db
    .select({ id: listings.id, updatedAt: listings.updatedAt })
    .from(listings)
    .where(eq(listings.status, "published"))
    .orderBy(desc(listings.publishedAt))
    .limit(50_000);

// ---------------------------------------------------------------- the edge cache

/** What the cache holds: the answer and the generation it was computed at (checked on the way out). */
const cacheEntry = z.object({ generation: z.number().int(), body: searchResult });

async function readCached(res: Response) {
  const parsed = cacheEntry.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

/** Where a search answer came from: the cache, D1 (nothing cached), or D1 because the cached one was stale. */
type CacheOutcome = "hit" | "miss" | "stale";

/**
 * The search answer for `q`: a cached one while the search generation it recorded is still current (one
 * tiny read), else a fresh one read with the generation in one batch and cached for 5 minutes (the write
 * is left to `waitUntil`).
 */
export async function cachedSearch(
  db: Db,
  q: SearchQuery,
  waitUntil: (p: Promise<unknown>) => void,
): Promise<{ body: SearchResult; outcome: CacheOutcome }> {
  const normalized = new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)])
      .sort(),
  );
  const key = new Request(`https://search-cache.rentline.internal/search?${normalized.toString()}`);
  const cache = await caches.open("listing-search");
  const hit = await cache.match(key);
  if (hit) {
    const cached = await readCached(hit);
    const [current] = await generationQuery(db);
    if (cached && current?.value === cached.generation) return { body: cached.body, outcome: "hit" };
  }
  const [[generation], rows, [total], cities] = await db.batch([
    generationQuery(db),
    ...searchQueries(db, q),
    topCitiesQuery(db, q.city),
  ]);
  const body: SearchResult = { results: rows, total: total?.total ?? 0, page: q.page, limit: q.limit, cities };
  waitUntil(
    cache.put(
      key,
      new Response(JSON.stringify({ generation: generation?.value ?? 0, body }), {
        headers: { "content-type": "application/json", "cache-control": "public, max-age=300" },
      }),
    ),
  );
  return { body, outcome: hit ? "stale" : "miss" };
}
