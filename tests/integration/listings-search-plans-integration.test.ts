import { describe, expect, it } from "vitest";
import { searchQueries } from "../../worker/listings/search";
import { foldedWord } from "../../worker/listings/text-index";
import { createDb } from "../../worker/db/client";
import { cityKey, cityToken, ftsTermsOf } from "../../worker/listings/search-text";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { env, signUpLandlord, type Caller } from "../setup/helpers";
import { listingThroughApi } from "../setup/listings";

// issue 17 §4: the search statements that keep every shape fast at 100,000 listings (migration 0043) answer
// what the slower ones answered: per-city counts kept by triggers, an index of published listings only,
// free text asked for by its indexed words, and the type + available-by shape walking its index; and city +
// free text asking the index for the city's matches only (migration 0044's city token).

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];

/** A published listing through the API: its id. */
const published = async (owner: Caller, over: Partial<ListingInput>) => (await listingThroughApi(owner, over)).id;

async function search(query: SearchParams) {
  const res = await api().public.listings.$get({ query: { limit: "50", ...query } });
  expect(res.status, res.text).toBe(200);
  return res.json;
}

/** The per-city counts, and the same counts grouped from `listings` (what they stand for). */
async function cityCounts() {
  const kept = await env.DB.prepare(
    "select city_key, city, listings from listing_cities order by city_key, city",
  ).all();
  const grouped = await env.DB.prepare(
    "select city_key, city, count(*) as listings from listings where status = 'published' group by city_key, city order by city_key, city",
  ).all();
  return { kept: kept.results, grouped: grouped.results };
}

/**
 * The ids and total a city + free text search found before migration 0044: the key filter on `listings` and
 * every typed word's terms (`ftsTermsOf`: prefix terms, CJK bigram phrases; no city token), optionally under a maximum rent.
 */
async function cityTextMatches(city: string, words: string[], priceMax?: number) {
  const match = words.flatMap(ftsTermsOf).join(" ");
  const { results } = await env.DB.prepare(
    "select id from listings where status = 'published' and city_key = ? and rent_amount <= ? and rowid in (select rowid & 1073741823 from listings_fts where listings_fts match ?) order by unixepoch(published_at) desc, rowid desc",
  )
    .bind(cityKey(city), priceMax ?? Number.MAX_SAFE_INTEGER, match)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The listings the index holds under a city key's token (what migration 0044's triggers wrote). */
async function underToken(key: string) {
  const { results } = await env.DB.prepare(
    "select l.id from listings l where l.rowid in (select rowid & 1073741823 from listings_fts where listings_fts match ?) order by l.id",
  )
    .bind(`"${cityToken(key)}"`)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The ids the prefix query (what free text asked before migration 0043) finds among published listings. */
async function prefixMatches(words: string[]) {
  const match = words.map((w) => `"${w}"*`).join(" ");
  const { results } = await env.DB.prepare(
    "select id from listings where status = 'published' and rowid in (select rowid & 1073741823 from listings_fts where listings_fts match ?) order by unixepoch(published_at) desc, rowid desc",
  )
    .bind(match)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** Writes to listings behind the app's back, and the search generation bumped as the app's writes do. */
const written = (...statements: D1PreparedStatement[]) =>
  env.DB.batch([...statements, env.DB.prepare("update search_generation set value = value + 1 where id = 1")]);

describe("search plans (issue 17 §4)", () => {
  it("spells every foldable typed letter as the index's tokenizer does", async () => {
    await env.DB.exec("CREATE VIRTUAL TABLE t_fold_fts USING fts5(t, tokenize='unicode61 remove_diacritics 2')");
    const words: string[] = [];
    for (const [a, b] of [
      [0x30, 0x39],
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0xc0, 0x17f],
      [0x400, 0x4ff],
    ] as const)
      for (let c = a; c <= b; c++) {
        const word = `q${String.fromCodePoint(c)}`.normalize("NFKC");
        if (/^[\p{L}\p{N}]+$/u.test(word) && word.length === 2) words.push(word);
      }
    await env.DB.batch(
      words.map((w, i) => env.DB.prepare("INSERT INTO t_fold_fts (rowid, t) VALUES (?, ?)").bind(i + 1, w)),
    );
    await env.DB.exec("CREATE VIRTUAL TABLE t_fold_fts_terms USING fts5vocab(t_fold_fts, instance)");
    const { results } = await env.DB.prepare("SELECT doc, term FROM t_fold_fts_terms ORDER BY doc").all<{
      doc: number;
      term: string;
    }>();
    // Scratch tables of a shared database (the migrations suite drops every table): gone before asserting.
    await env.DB.exec("DROP TABLE t_fold_fts_terms");
    await env.DB.exec("DROP TABLE t_fold_fts");
    expect(words.length).toBeGreaterThan(400);
    expect(results.map((r) => [r.doc, r.term])).toEqual(words.map((w, i) => [i + 1, foldedWord(w)]));
  });

  it("free text finds what the prefix query found: accents, case, prefixes, many words under one prefix, other scripts", async () => {
    const owner = await signUpLandlord("Vocab Lettings");
    await published(owner, { title: "Studio Rénové", description: "balcon plein sud" });
    await published(owner, { title: "Renovation complète", description: "Deux BALCONS" });
    await published(owner, { title: "Квартира світла", description: "Київ, центр" });
    await published(owner, { title: "Διαμέρισμα Αθήνα", description: "φωτεινό" });
    // 20 indexed words under the prefix "zq": more than the vocabulary spells out, so the prefix term asks.
    await published(owner, { description: Array.from({ length: 20 }, (_, i) => `zq${i}x`).join(" ") });
    const typedTexts = [
      "renov",
      "RÉNOVÉ",
      "balcon",
      "BALC plein",
      "квартира",
      "КИЇВ",
      "Αθήνα",
      "zq",
      "zq1",
      "nothingmatchesthis",
    ];
    for (const typed of typedTexts) {
      const expected = await prefixMatches(typed.split(" "));
      const body = await search({ q: typed });
      expect(
        body.results.map((r: { id: string }) => r.id),
        typed,
      ).toEqual(expected);
      expect(body.total, typed).toBe(expected.length);
    }
    expect((await search({ q: "renov" })).total).toBe(2);
    expect((await search({ q: "zq" })).total).toBe(1);
  });

  it("the city counts and the index follow listings: publish, close, reopen, city change, delete", async () => {
    const owner = await signUpLandlord("Counts Lettings");
    const metz = await published(owner, { city: "Metz", description: "uniquewordmetz" });
    const upper = await published(owner, { city: "METZ", description: "uniquewordmetz" });
    const nancy = await published(owner, { city: "Nancy", description: "uniquewordnancy" });
    const same = async () => {
      const { kept, grouped } = await cityCounts();
      expect(kept).toEqual(grouped);
    };
    const indexed = async (word: string) =>
      (
        await env.DB.prepare(
          "select l.id from listings l where l.rowid in (select rowid & 1073741823 from listings_fts where listings_fts match ?) order by l.id",
        )
          .bind(word)
          .all<{ id: string }>()
      ).results.map((r) => r.id);
    await same();
    expect(await indexed("uniquewordmetz")).toEqual([metz, upper].sort());
    expect((await api(owner).listings[":id"].close.$post({ param: { id: upper } })).status).toBe(200);
    await same();
    expect(await indexed("uniquewordmetz")).toEqual([metz]);
    await env.DB.prepare("update listings set status = 'published' where id = ?").bind(upper).run();
    await same();
    expect(await indexed("uniquewordmetz")).toEqual([metz, upper].sort());
    await env.DB.prepare(
      "update listings set city = 'Nancy', city_key = 'nancy', search_text = 'uniquewordnancy' where id = ?",
    )
      .bind(metz)
      .run();
    await same();
    expect(await indexed("uniquewordnancy")).toEqual([metz, nancy].sort());
    expect(await indexed("uniquewordmetz")).toEqual([upper]);
    await env.DB.prepare("delete from listings where id = ?").bind(nancy).run();
    await same();
    expect(await indexed("uniquewordnancy")).toEqual([metz]);
    const chips = (await search({})).cities;
    expect(chips.find((c: { city: string }) => c.city === "Nancy")?.count).toBe(1);
    expect(chips.find((c: { city: string }) => c.city.toLowerCase() === "metz")).toEqual({ city: "METZ", count: 1 }); // the Metz one moved to Nancy;
    // The unfiltered total is the counts' sum.
    const all = await env.DB.prepare("select count(*) as n from listings where status = 'published'").first<{
      n: number;
    }>();
    expect((await search({})).total).toBe(all!.n);
  });

  it("city + free text finds what the key filter found: folded, multi-word, CJK and marked city names, prices", async () => {
    const owner = await signUpLandlord("Token Lettings");
    const cities = ["Saint-Étienne", "Saint-Étienne-du-Rouvray", "L’Isle-d’Abeau", "東京", "Київ", "मुंबई", "Tokenville"];
    const rents = [50000, 90000];
    for (const [i, city] of cities.entries())
      for (const [j, rentAmount] of rents.entries())
        await published(owner, {
          city,
          title: `Studio tokword ${j ? "jardin" : "balcon"}`,
          description: j ? "tokdesc 明るい" : "tokdesc",
          rooms: [{ name: "Whole flat", capacity: 1, rentAmount: rentAmount + i }],
        });
    // The triggers' token (SQL) and the app's `cityToken` spell every key alike: each key's listings, no other.
    for (const city of cities) {
      const { results } = await env.DB.prepare(
        "select id from listings where status = 'published' and city_key = ? order by id",
      )
        .bind(cityKey(city))
        .all<{ id: string }>();
      expect(results.length, city).toBeGreaterThanOrEqual(2);
      expect(await underToken(cityKey(city)), city).toEqual(results.map((r) => r.id));
    }
    for (const [city, typed, priceMax] of [
      ["saint etienne", "tokword", undefined],
      ["SAINT-ÉTIENNE-DU-ROUVRAY", "tokw balc", undefined],
      ["L'Isle d'Abeau", "tokdesc", 60000],
      ["東京", "明るい", undefined],
      ["КИЇВ", "studio tokword", 95000],
      ["मुंबई", "jardin", undefined],
      ["Tokenville", "tokenville", undefined], // the city's name typed as free text still matches its text
      ["Tokenville", "nothingmatchesthis", undefined],
      ["Nowhere", "tokword", undefined],
    ] as const) {
      const expected = await cityTextMatches(city, typed.split(" "), priceMax);
      const body = await search({
        city,
        q: typed,
        ...(priceMax ? { priceMax: String(priceMax), currency: "EUR" } : {}),
      });
      expect(
        body.results.map((r: { id: string }) => r.id),
        `${city} ${typed}`,
      ).toEqual(expected);
      expect(body.total, `${city} ${typed}`).toBe(expected.length);
    }
    expect((await search({ city: "Saint-Étienne", q: "tokword" })).total).toBe(2);
    expect((await search({ city: "Kyiv", q: "tokword" })).total).toBe(0);
  });

  it("the city token follows every write: city change, close, reopen, key-only update, delete; free text never matches it", async () => {
    const owner = await signUpLandlord("Token Writes");
    const id = await published(owner, { city: "Brestville", description: "tokmove" });
    const inCity = async (city: string) =>
      (await search({ city, q: "tokmove" })).results.map((r: { id: string }) => r.id);
    expect(await inCity("Brestville")).toEqual([id]);
    // The app's write path: a new city rewrites city, key and text in one update.
    const patched = await api(owner).listings[":id"].$patch({ param: { id }, json: { city: "Quimperville" } });
    expect(patched.status, patched.text).toBe(200);
    expect(await inCity("Brestville")).toEqual([]);
    expect(await inCity("Quimperville")).toEqual([id]);
    expect(await underToken("brestville")).toEqual([]);
    expect((await api(owner).listings[":id"].close.$post({ param: { id } })).status).toBe(200);
    expect(await underToken("quimperville")).toEqual([]);
    await env.DB.prepare("update listings set status = 'published' where id = ?").bind(id).run();
    expect(await underToken("quimperville")).toEqual([id]);
    // A write of the key alone (not the app's, which always writes the text with it) re-indexes the token too.
    await env.DB.prepare("update listings set city_key = 'tokkeyonly' where id = ?").bind(id).run();
    expect(await underToken("quimperville")).toEqual([]);
    expect(await underToken("tokkeyonly")).toEqual([id]);
    expect(await inCity("tokkeyonly")).toEqual([id]);
    // The key is nowhere in the text: typed, it finds nothing (the token is not a word people can type).
    expect((await search({ q: "tokkeyonly" })).total).toBe(0);
    expect((await search({ q: "\u{E000}tokkeyonly" })).total).toBe(0);
    await env.DB.prepare("delete from listings where id = ?").bind(id).run();
    expect(await underToken("tokkeyonly")).toEqual([]);
  });

  it("type + available by, newest first: the boundary date is included, ties and pages stay in one order", async () => {
    const owner = await signUpLandlord("Walk Lettings");
    const ids: string[] = [];
    for (const [i, availableFrom] of ["2031-03-01", "2031-03-02", "2031-02-01", "2031-03-05"].entries())
      ids.push(await published(owner, { type: "house", availableFrom, title: `House ${i}` }));
    // The same publication instant for two of them (a tie on the sort key), and a known order for the rest.
    const at = [
      "2031-01-05T10:00:00.000Z",
      "2031-01-05T10:00:00.000Z",
      "2031-01-04T10:00:00.000Z",
      "2031-01-06T10:00:00.000Z",
    ];
    await env.DB.batch(
      ids.map((id, i) => env.DB.prepare("update listings set published_at = ? where id = ?").bind(at[i], id)),
    );
    const mine = (r: { results: { id: string }[] }) => r.results.map((x) => x.id).filter((id) => ids.includes(id));
    const all = mine(await search({ type: "house", availableFrom: "2031-03-02" }));
    expect(all.slice(2)).toEqual([ids[2]]); // the older one last; the tie first, in one of its two orders
    expect(all.slice(0, 2).sort()).toEqual([ids[0], ids[1]].sort());
    expect(all).not.toContain(ids[3]); // available after the date
    // Pages of one: the same order as the whole list, nothing repeated or lost.
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++)
      paged.push(...mine(await search({ type: "house", availableFrom: "2031-03-02", limit: "1", page: String(page) })));
    expect(paged).toEqual(all);
  });

  it("free text newest first: the index's order is publication (to the second), pages and filters keep it, a reopened listing moves to the top", async () => {
    const owner = await signUpLandlord("Newest Text Lettings");
    const ids: string[] = [];
    for (const [i, type] of (["flat", "house", "flat", "flat", "house"] as const).entries())
      ids.push(await published(owner, { type, title: `Newtext ${i}`, description: "newtextword" }));
    // Publication instants out of creation order, two in the same second (their tie: the later listing first).
    const at = [
      "2032-05-03T10:00:00.000Z",
      "2032-05-01T10:00:00.000Z",
      "2032-05-04T10:00:00.250Z",
      "2032-05-04T10:00:00.750Z",
      "2032-05-02T10:00:00.000Z",
    ];
    await written(
      ...ids.map((id, i) => env.DB.prepare("update listings set published_at = ? where id = ?").bind(at[i], id)),
    );
    const order = [ids[3], ids[2], ids[0], ids[4], ids[1]];
    const found = async (query: SearchParams) => {
      const body = await search({ q: "newtextword", ...query });
      return { ids: body.results.map((r: { id: string }) => r.id), total: body.total };
    };
    expect(await found({})).toEqual({ ids: order, total: 5 });
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) paged.push(...(await found({ limit: "2", page: String(page) })).ids);
    expect(paged).toEqual(order);
    expect(await found({ limit: "2", page: "4" })).toEqual({ ids: [], total: 5 });
    // Another filter is checked on each walked match; the total counts the same listings.
    expect(await found({ type: "flat" })).toEqual({ ids: [ids[3], ids[2], ids[0]], total: 3 });
    expect(await found({ type: "house", limit: "1", page: "2" })).toEqual({ ids: [ids[1]], total: 2 });
    // Closed, then published again (the app stamps a new publication): re-indexed under its new number.
    expect((await api(owner).listings[":id"].close.$post({ param: { id: ids[1]! } })).status).toBe(200);
    expect(await found({})).toEqual({ ids: order.filter((id) => id !== ids[1]), total: 4 });
    await written(
      env.DB.prepare("update listings set status = 'published', published_at = ? where id = ?").bind(
        "2032-06-01T00:00:00.000Z",
        ids[1],
      ),
    );
    expect((await found({})).ids).toEqual([ids[1], ...order.filter((id) => id !== ids[1])]);
    // A listing deleted while published leaves the index (its 'delete' names the number it was indexed under).
    await written(env.DB.prepare("delete from listings where id = ?").bind(ids[3]));
    expect((await found({})).ids).toEqual([ids[1], ids[2], ids[0], ids[4]]);
    // Cheapest first still sorts every match by rent: only newest first walks the index.
    expect((await found({ sort: "price_asc" })).total).toBe(4);
  });

  it("free text newest first with a condition that rejects the newest 500 matches: the page is read by the conditions instead", async () => {
    const owner = await signUpLandlord("Walk Fallback Lettings");
    const model = await published(owner, { title: "Walkfall", description: "walkfallword" });
    // 600 copies of the listing straight into the table (the triggers index each): published a minute
    // apart, the 3 oldest at a rent the filter keeps, the rest above it.
    const { results: columns } = await env.DB.prepare("select name from pragma_table_info('listings')").all<{
      name: string;
    }>();
    const names = columns.map((c) => c.name);
    const copied = names.map((name) =>
      name === "id"
        ? "'walkfall-' || n.i"
        : name === "published_at"
          ? "strftime('%Y-%m-%dT%H:%M:%fZ', '2033-01-01', '+' || n.i || ' minutes')"
          : name === "rent_amount"
            ? "case when n.i <= 3 then 40000 + n.i else 90000 end"
            : `l.${name}`,
    );
    await written(
      env.DB.prepare(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < 600) insert into listings (${names.join(", ")}) select ${copied.join(", ")} from listings l, n where l.id = ?`,
      ).bind(model),
    );
    const cheap = await search({ q: "walkfallword", priceMax: "50000", currency: "EUR", limit: "2" });
    expect(cheap.results.map((r: { id: string }) => r.id)).toEqual(["walkfall-3", "walkfall-2"]);
    expect(cheap.total).toBe(3);
    const next = await search({ q: "walkfallword", priceMax: "50000", currency: "EUR", limit: "2", page: "2" });
    expect(next.results.map((r: { id: string }) => r.id)).toEqual(["walkfall-1"]);
    // Without the rent: the walk, newest first, and the page past the 500th match too.
    const newest = await search({ q: "walkfallword", limit: "3" });
    expect(newest.results.map((r: { id: string }) => r.id)).toEqual(["walkfall-600", "walkfall-599", "walkfall-598"]);
    expect(newest.total).toBe(601);
    const deep = await search({ q: "walkfallword", type: "flat", limit: "50", page: "12" });
    expect(deep.results.map((r: { id: string }) => r.id)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => `walkfall-${50 - i}`),
    ]);
  });

  it("the search generation follows every write a search shows, by triggers: listings, photos, rooms; not drafts", async () => {
    const owner = await signUpLandlord("Generation Lettings");
    const id = await published(owner, { title: "Generation flat" });
    const generation = async () =>
      (await env.DB.prepare("select value from search_generation where id = 1").first<{ value: number }>())!.value;
    const moves = async (statement: D1PreparedStatement) => {
      const before = await generation();
      await statement.run();
      return (await generation()) - before;
    };
    const row = await env.DB.prepare("select org_id, apartment_id from listings where id = ?")
      .bind(id)
      .first<{ org_id: string; apartment_id: string }>();
    const photo = (photoId: string, listingId: string) =>
      env.DB.prepare(
        "insert into listing_photos (id, org_id, listing_id, r2_key, content_type, width, height, size, position, created_at) values (?, ?, ?, ?, 'image/jpeg', 10, 10, 10, 0, '2026-12-03T00:00:00.000Z')",
      ).bind(photoId, row!.org_id, listingId, `k/${photoId}`);
    expect(await moves(env.DB.prepare("update listings set rent_amount = rent_amount + 1 where id = ?").bind(id))).toBe(
      1,
    );
    expect(await moves(photo("gen-photo-1", id))).toBe(1);
    expect(await moves(env.DB.prepare("update listing_photos set position = 3 where id = 'gen-photo-1'"))).toBe(1);
    expect(await moves(env.DB.prepare("delete from listing_photos where id = 'gen-photo-1'"))).toBe(1);
    expect(
      await moves(
        env.DB.prepare("update apartments set rooms_count = rooms_count + 1 where id = ?").bind(row!.apartment_id),
      ),
    ).toBe(1);
    // The same number of rooms written again changes nothing a search shows.
    expect(
      await moves(
        env.DB.prepare("update apartments set rooms_count = rooms_count where id = ?").bind(row!.apartment_id),
      ),
    ).toBe(0);
    expect(await moves(env.DB.prepare("update listings set status = 'closed' where id = ?").bind(id))).toBe(1);
    // Closed: neither its edits, its photos nor its apartment move the generation; publishing it again does.
    expect(await moves(env.DB.prepare("update listings set title = 'Draft edit' where id = ?").bind(id))).toBe(0);
    expect(await moves(photo("gen-photo-2", id))).toBe(0);
    expect(
      await moves(
        env.DB.prepare("update apartments set rooms_count = rooms_count + 1 where id = ?").bind(row!.apartment_id),
      ),
    ).toBe(0);
    expect(await moves(env.DB.prepare("update listings set status = 'published' where id = ?").bind(id))).toBe(1);
    expect(await moves(env.DB.prepare("delete from listings where id = ?").bind(id))).toBe(1);
  });

  it("plans: the walk stops at the page (no sort of every match), free text alone counts the index only", async () => {
    const db = createDb(env.DB);
    const plan = async (statement: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = statement.toSQL();
      const { results } = await env.DB.prepare(`explain query plan ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      return results.map((r) => r.detail).join(" | ");
    };
    const [page, total] = searchQueries(db, {
      sort: "newest",
      page: 1,
      limit: 20,
      type: "flat",
      availableFrom: "2026-09-01",
    });
    expect(await plan(page)).toMatch(/listings_search_type_newest_idx \(status=\? AND type=\?\)/);
    expect(await plan(page)).not.toMatch(/TEMP B-TREE/);
    expect(await plan(total)).toMatch(/COVERING INDEX listings_search_type_date_idx/);
    const [, textTotal] = searchQueries(db, { sort: "newest", page: 1, limit: 20, q: "balcon" });
    expect(await plan(textTotal)).not.toMatch(/\blistings\b(?!_)/);
    // City + free text + max price.
    const cityText = searchQueries(db, {
      sort: "newest",
      page: 1,
      limit: 20,
      city: "Lyon",
      q: "balcon",
      priceMax: 120000,
    });
    // The total: the city's rows of the (status, city_key, rent_amount) index, probed in the list of the
    // index's matches, which the MATCH limits to the city's token (migration 0044).
    expect(await plan(cityText[1])).toMatch(
      /^SEARCH listings USING COVERING INDEX listings_search_city_key_price_idx \(status=\? AND city_key=\? AND rent_amount<\?\) \| LIST SUBQUERY \d+ \| SCAN listings_fts VIRTUAL TABLE INDEX 0:M1/,
    );
    // Free text newest first, alone, in a city, or with a rent: the index walked backwards (at most 500
    // matches when a condition it does not hold may reject them), each match's listing by rowid, no sort
    // (migration 0045).
    const [textPage] = searchQueries(db, { sort: "newest", page: 3, limit: 20, q: "balcon jardin" });
    const [textInCity] = searchQueries(db, { sort: "newest", page: 1, limit: 20, q: "balcon", city: "Lyon" });
    for (const page of [cityText[0], textInCity, textPage]) {
      expect(await plan(page)).toMatch(
        /^CO-ROUTINE walked \| SCAN listings_fts VIRTUAL TABLE INDEX \d+:M1 \|.* SEARCH listings USING INTEGER PRIMARY KEY \(rowid=\?\)/,
      );
      expect(await plan(page)).not.toMatch(/TEMP B-TREE/);
    }
    expect(cityText[0].toSQL().sql).toMatch(/order by rowid desc limit 500\)/);
    expect(textInCity.toSQL().sql).toMatch(/order by rowid desc limit -1\)/);
    for (const statement of cityText) expect(statement.toSQL().params).toContain(`"${cityToken("lyon")}"`);
  });
});
