import { and, asc, between, count, desc, eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { z } from "zod";
import { searchResult, type SearchQuery, type SearchResult } from "./contract";
import { listingCities, listings, searchGeneration } from "./schema";
import { cityKey } from "./search-text";
import { LISTING_ROWID_BITS, listingsFts } from "./text-index";
import { classesAtLeast } from "./french-ads";

/**
 * Public search over published listings, and the generation counter that versions its edge cache
 * (docs/decisions/0003): every listing write bumps it in its own batch, and a cached answer is served only
 * while the generation it was computed at is still current.
 */

/** The current search generation (one row). */
const generationQuery = (db: Db) =>
  db.select({ value: searchGeneration.value }).from(searchGeneration).where(eq(searchGeneration.id, 1));

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

/** Free text, newest first: the page is read by walking the text index (`newestTextPage`). */
const walksTextIndex = (q: SearchQuery): q is SearchQuery & { q: string } => q.q !== undefined && q.sort === "newest";

/**
 * How many of the index's newest matches a walk reads at most when a condition the index does not hold
 * (rent, type, area, …) may reject them: one that rejects most would otherwise make the walk read every
 * match (two common words and a rent under 301 €: 145 ms instead of 20 ms at 100,000 listings). 500 walked
 * rows cost ~2.5 ms.
 */
const WALKED_MATCHES = 500;

/**
 * A page of free-text results, newest first: the index walks its matches backwards (its rowid is the
 * publication second and the listing's rowid, migration 0045), each joined to its listing by the low bits,
 * until the page is full; two common words' ~25,000 matches are neither listed nor sorted. `cross join`
 * keeps the walk the outer loop (SQLite never reorders it). With no condition but the city (which the
 * index holds, migration 0044) the walk goes as far as the page needs; with another, at most
 * `WALKED_MATCHES` matches, and `completePage` reads a page they did not fill by `filteredPage`. Newest
 * first here is to the second, a tie by the listing's rowid (later first).
 */
function newestTextPage(db: Db, q: SearchQuery & { q: string }) {
  const bounded = searchFilters({ ...q, q: undefined, city: undefined }).length > 0;
  const walked = sql`(select rowid as search_rowid from listings_fts where listings_fts match ${listingsFts.expression(q.q, q.city)} order by rowid desc limit ${sql.raw(String(bounded ? WALKED_MATCHES : -1))}) as walked`;
  return db
    .select(summaryColumns)
    .from(walked)
    .crossJoin(listings)
    .where(
      and(
        sql`${listings}.rowid = walked.search_rowid & ${LISTING_ROWID_BITS}`,
        eq(listings.status, "published"),
        ...searchFilters({ ...q, q: undefined }),
      ),
    )
    .orderBy(sql`walked.search_rowid desc`)
    .limit(q.limit)
    .offset((q.page - 1) * q.limit);
}

/**
 * Newest first as the text index lists it (migration 0045): the publication second, then the rowid. A
 * listing without a (readable) date is numbered as second 0, as the index's triggers do (`coalesce`): a bare
 * `unixepoch` would sort it last, after listings published before 1970, where the walk lists it before them,
 * and a page read here after one the walk read would repeat one listing and lose another.
 */
const SEARCH_ROWID_ORDER = [sql`coalesce(unixepoch(${listings.publishedAt}), 0) desc`, sql`${listings}.rowid desc`];

/**
 * A page of results by the conditions on `listings` (free text as the list of the index's matches), sorted;
 * free text newest first in the index's order, so a page read here follows one a walk read.
 */
function filteredPage(db: Db, q: SearchQuery) {
  return db
    .select(summaryColumns)
    .from(listings)
    .where(and(eq(listings.status, "published"), ...searchFilters(q)))
    .orderBy(...(walksTextIndex(q) ? SEARCH_ROWID_ORDER : ORDER[q.sort]))
    .limit(q.limit)
    .offset((q.page - 1) * q.limit);
}

/**
 * The page's rows: the batch's, unless a bounded walk of the text index (`newestTextPage`) ran out before
 * filling the page the total says there is; then the page read by `filteredPage` (a second round trip,
 * for conditions that reject most of the newest matches, or pages past the first 500 matches).
 */
async function completePage(db: Db, q: SearchQuery, rows: SearchResult["results"], total: number) {
  const expected = Math.max(0, Math.min(q.limit, total - (q.page - 1) * q.limit));
  return rows.length >= expected || !walksTextIndex(q) ? rows : await filteredPage(db, q);
}

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
  return [
    walksTextIndex(q) ? newestTextPage(db, q) : filteredPage(db, q),
    !filters.length
      ? publishedCountQuery(db)
      : filters.length === 1 && q.q !== undefined
        ? listingsFts.count(db, q.q)
        : db
            .select({ total: count() })
            .from(listings)
            .where(and(eq(listings.status, "published"), ...filters)),
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
  const found = total?.total ?? 0;
  const results = await completePage(db, q, rows, found);
  const body: SearchResult = { results, total: found, page: q.page, limit: q.limit, cities };
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
