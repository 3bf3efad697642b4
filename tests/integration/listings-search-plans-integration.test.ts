import { describe, expect, it } from "vitest";
import { foldedWord, searchQueries } from "../../worker/listings/search";
import { createDb } from "../../worker/db/client";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { createApartment, env, signUpLandlord, type Caller } from "../setup/helpers";

// issue 17 §4: the search statements that keep every shape fast at 100,000 listings (migration 0043) answer
// what the slower ones answered: per-city counts kept by triggers, an index of published listings only,
// free text asked for by its indexed words, and the type + available-by shape walking its index.

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];

let units = 0;
async function published(owner: Caller, over: Partial<ListingInput>) {
  const { apartmentId } = await createApartment(owner, `P${++units}`);
  const created = await api(owner).listings.$post({
    json: {
      apartmentId,
      title: "Appartement",
      description: "Deux pièces.",
      city: "Lyon",
      address: "1 Rue Neuve",
      type: "flat",
      chargesAmount: 0,
      depositAmount: 0,
      availableFrom: "2026-09-01",
      guarantorsRequired: 0,
      requiredDocuments: [],
      rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 70000 }],
      livingArea: 38,
      furnished: false,
      energyClass: "D",
      ghgClass: "D",
      ...over,
    },
  });
  expect(created.status, created.text).toBe(201);
  expect((await api(owner).listings[":id"].publish.$post({ param: { id: created.json.id } })).status).toBe(200);
  return created.json.id;
}

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

/** The ids the prefix query (what free text asked before migration 0043) finds among published listings. */
async function prefixMatches(words: string[]) {
  const match = words.map((w) => `"${w}"*`).join(" ");
  const { results } = await env.DB.prepare(
    "select id from listings where status = 'published' and rowid in (select rowid from listings_fts where listings_fts match ?) order by published_at desc",
  )
    .bind(match)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

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
          "select l.id from listings l where l.rowid in (select rowid from listings_fts where listings_fts match ?) order by l.id",
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
  });
});
