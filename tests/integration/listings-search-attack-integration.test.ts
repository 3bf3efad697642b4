import { describe, expect, it } from "vitest";
import { api, rawCall, type ApiClient, type JsonInput } from "../setup/client";
import { createApartment, env, PASSWORD, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";
import { applyTo, createListing, listingThroughApi, PROFILE } from "../setup/listings";

// Migration 0045's plan for free text newest first (the index numbered `unixepoch(published_at) * 2^30 +
// rowid`, walked backwards; bounded to 500 matches under another condition, then `filteredPage`), and the
// index's words read from an instance vocabulary, attacked: hostile `q` and `city`, ties, odd publication
// instants, page sizes, the walked path against the fallback, every write path against the index's exact
// content, and the edge cache against every write that changes what a search finds.

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];
type Found = { results: { id: string }[]; total: number };

const published = (owner: Caller, over: Partial<ListingInput> = {}) => listingThroughApi(owner, over);

async function search(query: SearchParams) {
  const res = await api().public.listings.$get({ query: { limit: "50", ...query } });
  expect(res.status, res.text).toBe(200);
  return res.json as Found;
}
const ids = (found: Found) => found.results.map((r) => r.id);

/** Every page of `query` at `limit`, concatenated, and the totals each page said. */
async function allPages(query: SearchParams, limit: number) {
  const out: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; ; page++) {
    const found = await search({ ...query, limit: String(limit), page: String(page) });
    totals.add(found.total);
    out.push(...ids(found));
    if (found.results.length < limit) return { ids: out, totals: [...totals] };
  }
}

/** Writes to listings behind the app's back, with the search generation bumped as the app's writes do. */
const written = (...statements: D1PreparedStatement[]) =>
  env.DB.batch([...statements, env.DB.prepare("update search_generation set value = value + 1 where id = 1")]);

/**
 * `n` copies of listing `model` inserted as rows (the triggers index each), ids `${prefix}-1` … `-n`; `over`
 * gives SQL for some columns in terms of `n.i` (1 … n).
 */
async function copies(model: string, prefix: string, n: number, over: Record<string, string>) {
  const { results } = await env.DB.prepare("select name from pragma_table_info('listings')").all<{ name: string }>();
  const names = results.map((c) => c.name);
  const values = names.map((name) => (name === "id" ? `'${prefix}-' || n.i` : name in over ? over[name] : `l.${name}`));
  await written(
    env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n}) insert into listings (${names.join(", ")}) select ${values.join(", ")} from listings l, n where l.id = ?`,
    ).bind(model),
  );
}

/**
 * The published listings matching every word as a prefix (the plain prefix query, no vocabulary), in the
 * index's newest-first order (publication second, a listing without a date at second 0, then rowid), with
 * optional extra SQL conditions on `listings`.
 */
async function reference(
  words: string[],
  where = "1",
  order = "coalesce(unixepoch(published_at), 0) desc, rowid desc",
) {
  const match = words.map((w) => `"${w}"*`).join(" ");
  const { results } = await env.DB.prepare(
    `select id from listings where status = 'published' and ${where} and rowid in (select rowid & 1073741823 from listings_fts where listings_fts match ?) order by ${order}`,
  )
    .bind(match)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/**
 * The index holds exactly the published listings, each under its number and with its text: its (term,
 * listing number, position) rows equal those of a scratch FTS5 table with the same tokenizer filled from
 * `listings` as migration 0045 fills the index. A stale entry (a 'delete' with the wrong number or text, a
 * listing left behind) shows up as a difference.
 */
async function indexMatchesListings() {
  await env.DB.exec(
    "CREATE VIRTUAL TABLE t_attack_fts USING fts5(search_text, tokenize='unicode61 remove_diacritics 2')",
  );
  try {
    await env.DB.prepare(
      "INSERT INTO t_attack_fts (rowid, search_text) SELECT coalesce(unixepoch(published_at), 0) * 1073741824 + rowid, search_text || char(10) || char(57344) || replace(city_key, ' ', char(57344)) FROM listings WHERE status = 'published'",
    ).run();
    await env.DB.exec("CREATE VIRTUAL TABLE t_attack_words USING fts5vocab(t_attack_fts, instance)");
    const rows = async (table: string) =>
      (
        await env.DB.prepare(
          `select term || ' ' || cast(doc as text) || ' ' || "offset" as r from ${table} order by term, doc, "offset"`,
        ).all<{ r: string }>()
      ).results.map((x) => x.r);
    const [actual, expected] = [await rows("listings_fts_words"), await rows("t_attack_words")];
    const [inIndex, inListings] = [new Set(actual), new Set(expected)];
    const missing = expected.filter((r) => !inIndex.has(r));
    const extra = actual.filter((r) => !inListings.has(r));
    return { missing, extra, rows: actual.length };
  } finally {
    await env.DB.exec("DROP TABLE IF EXISTS t_attack_words");
    await env.DB.exec("DROP TABLE IF EXISTS t_attack_fts");
  }
}

/**
 * The index holds exactly the published listings (`indexMatchesListings`), and the per-city counts (migration
 * 0043, the unfiltered total and the city chips) are the published listings grouped by city.
 */
async function expectExactIndex(step: string) {
  const { missing, extra, rows } = await indexMatchesListings();
  expect({ missing, extra }, step).toEqual({ missing: [], extra: [] });
  expect(rows, step).toBeGreaterThan(0);
  const kept = await env.DB.prepare(
    "select city_key, city, listings from listing_cities where listings > 0 order by city_key, city",
  ).all();
  const grouped = await env.DB.prepare(
    "select city_key, city, count(*) as listings from listings where status = 'published' group by city_key, city order by city_key, city",
  ).all();
  expect(kept.results, step).toEqual(grouped.results);
}

describe("listing search under attack (migration 0045)", () => {
  it("FTS syntax in q or city never reaches the MATCH: 200 with what the words find, or a 4xx, never a 500", async () => {
    const owner = await signUpLandlord("Hostile Lettings");
    const a = await published(owner, { title: "Hostword near balcon", description: "and or not" });
    const b = await published(owner, { title: "Hostword Ωμέγα", description: "公寓 明るい 😀 ÆØÅ straße" });
    const hostile = [
      '"',
      '""',
      '"hostword',
      "hostword*",
      "*",
      "hostword OR nothingatall",
      "hostword AND balcon",
      "hostword NOT balcon",
      "NEAR(hostword balcon, 2)",
      "NEAR",
      "AND",
      "OR",
      "NOT",
      "-hostword",
      "^hostword",
      "search_text:hostword",
      "{search_text}: hostword",
      "hostword + balcon",
      "(hostword",
      "hostword)",
      "ωμέγα",
      "ΩΜΈΓΑ",
      "公寓",
      "明る",
      "ÆØÅ",
      "STRASSE",
      "straße",
      "\u{E000}lyon",
      "😀 hostword",
      "hostword\u0000",
      "a".repeat(300),
    ];
    for (const q of hostile) {
      const res = await rawCall("GET", `/api/public/listings?limit=50&q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(res.status);
      if (res.status === 400) {
        expect(res.problem.code, q).toBe("invalid_input");
        continue;
      }
      const found = res.json as Found;
      expect(found.total, q).toBe(found.results.length);
      // Whatever the syntax, the words are all that counts (each a prefix, all required).
      const words = q
        .normalize("NFKC")
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      if (words.every((w) => /^[\p{Script=Latin}\p{Script=Greek}0-9]+$/u.test(w)))
        expect(ids(found), q).toEqual(await reference(words.slice(0, 8)));
    }
    expect(ids(await search({ q: "NEAR(hostword balcon)" }))).toEqual([a.id]);
    expect(ids(await search({ q: "-hostword" }))).toEqual([b.id, a.id]);
    expect(ids(await search({ q: "ωμέγα" }))).toEqual([b.id]);
    expect(ids(await search({ q: "公寓" }))).toEqual([b.id]);
    // A landlord writing the Lyon token in a Nantes title: the token narrows, the key decides.
    const forged = await published(owner, {
      title: "Hostword \u{E000}lyon",
      description: "\u{E000}lyon",
      city: "Nantes",
    });
    expect(await search({ q: "hostword", city: "Lyon" })).toMatchObject({ total: 2 });
    expect(ids(await search({ q: "hostword", city: "Lyon" }))).toEqual([b.id, a.id]);
    expect(ids(await search({ q: "hostword", city: "Lyon", type: "flat" }))).toEqual([b.id, a.id]);
    expect(ids(await search({ q: "hostword", city: "Nantes" }))).toEqual([forged.id]);
    expect((await api(owner).listings[":id"].close.$post({ param: { id: forged.id } })).status).toBe(200);
    // The same in a city, and FTS syntax in the city itself (its key keeps letters, digits and marks only).
    for (const city of ['Lyon" OR "x', "Lyon*", "NEAR(Lyon)", "{city}: Lyon", "Ly\u{E000}on", "LYON ", "lyon—"]) {
      const res = await rawCall("GET", `/api/public/listings?limit=50&q=hostword&city=${encodeURIComponent(city)}`);
      expect([200, 422], city).toContain(res.status);
      if (res.status === 200)
        expect(ids(res.json as Found), city).toEqual(["LYON ", "lyon—", "Lyon*"].includes(city) ? [b.id, a.id] : []);
    }
  });

  it("ties in one second, every page size, and the walked, bounded and fallback paths list the same order", async () => {
    const owner = await signUpLandlord("Tie Lettings");
    const made: string[] = [];
    for (let i = 0; i < 7; i++)
      made.push(
        (
          await published(owner, {
            title: `Tieword ${i}`,
            type: i % 2 ? "house" : "flat",
            rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 60000 + (i % 3) * 1000 }],
          })
        ).id,
      );
    // Five in the same second (ms apart, out of creation order), two in other seconds.
    const at = [
      "2034-02-02T10:00:00.900Z",
      "2034-02-02T10:00:00.100Z",
      "2034-02-02T10:00:00.500Z",
      "2034-02-03T00:00:00.000Z",
      "2034-02-02T10:00:00.000Z",
      "2034-02-01T00:00:00.000Z",
      "2034-02-02T10:00:00.999Z",
    ];
    await written(
      ...made.map((id, i) => env.DB.prepare("update listings set published_at = ? where id = ?").bind(at[i], id)),
    );
    const order = await reference(["tieword"]);
    expect(order).toHaveLength(7);
    expect(order[0]).toBe(made[3]);
    expect(order.at(-1)).toBe(made[5]);
    for (const limit of [1, 2, 3, 4, 7, 50]) {
      const walked = await allPages({ q: "tieword" }, limit);
      expect(walked, `limit ${limit}`).toEqual({ ids: order, totals: [7] });
      // Under a condition the index does not hold: the bounded walk (all 7 matches are within its 500).
      const flats = await allPages({ q: "tieword", type: "flat" }, limit);
      expect(flats, `flats, limit ${limit}`).toEqual({
        ids: await reference(["tieword"], "type = 'flat'"),
        totals: [4],
      });
      const every = await allPages(
        {
          q: "tieword",
          furnished: "false",
          energyClassMin: "E",
          areaMin: "30",
          areaMax: "40",
          availableFrom: "2026-09-01",
        },
        limit,
      );
      expect(every, `every condition, limit ${limit}`).toEqual({ ids: order, totals: [7] });
      const cheap = await allPages({ q: "tie", priceMax: "60500", currency: "EUR" }, limit);
      expect(cheap.ids, `cheap, limit ${limit}`).toEqual(await reference(["tie"], "rent_amount <= 60500"));
    }
    // Pages past the end: nothing, the same total, whatever the path.
    expect(await search({ q: "tieword", limit: "50", page: "2" })).toMatchObject({ results: [], total: 7 });
    expect(await search({ q: "tieword", limit: "50", page: "10000" })).toMatchObject({ results: [], total: 7 });
    expect(await search({ q: "tieword", type: "flat", limit: "1", page: "5" })).toMatchObject({
      results: [],
      total: 4,
    });
    // Every sort with free text: the same listings, sorted by rent (then publication).
    for (const sort of ["price_asc", "price_desc"] as const) {
      const found = await allPages({ q: "tieword", sort }, 2);
      expect(found.totals).toEqual([7]);
      expect([...found.ids].sort()).toEqual([...order].sort());
      const rents = await env.DB.prepare(
        `select id from listings where id in (${made.map(() => "?").join(",")}) order by rent_amount ${sort === "price_asc" ? "asc" : "desc"}, published_at desc`,
      )
        .bind(...made)
        .all<{ id: string }>();
      expect(found.ids, sort).toEqual(rents.results.map((r) => r.id));
    }
  });

  it("the walk and the fallback agree on more than 500 matches: pages of every size, nothing lost or repeated", async () => {
    const owner = await signUpLandlord("Deep Lettings");
    const model = (await published(owner, { title: "Deepword", description: "deepdesc" })).id;
    // 700 copies a minute apart; every 97th at a rent the filter keeps, so the kept ones are spread past the
    // first 500 matches and the bounded walk's page is filled, then not.
    await copies(model, "deep", 700, {
      published_at: "strftime('%Y-%m-%dT%H:%M:%fZ', '2035-01-01', '+' || n.i || ' minutes')",
      rent_amount: "case when n.i % 97 = 0 then 40000 else 90000 end",
    });
    const kept = await reference(["deepword"], "rent_amount <= 50000");
    expect(kept).toEqual(["deep-679", "deep-582", "deep-485", "deep-388", "deep-291", "deep-194", "deep-97"]);
    for (const limit of [1, 2, 3, 5]) {
      const found = await allPages({ q: "deepword", priceMax: "50000", currency: "EUR" }, limit);
      expect(found, `limit ${limit}`).toEqual({ ids: kept, totals: [7] });
    }
    const all = await reference(["deepword"]);
    expect(all).toHaveLength(701);
    const walked = await allPages({ q: "deepword" }, 50);
    expect(walked).toEqual({ ids: all, totals: [701] });
    const typed = await allPages({ q: "deep", type: "flat" }, 50);
    expect(typed).toEqual({ ids: all, totals: [701] });
  });

  it("a listing without a publication date and one published before 1970: the walked page and the fallback's next page neither repeat nor lose a listing", async () => {
    const owner = await signUpLandlord("Epoch Lettings");
    const newest = (await published(owner, { title: "Epochword newest" })).id;
    const undated = (await published(owner, { title: "Epochword undated" })).id;
    const sixties = (await published(owner, { title: "Epochword sixties" })).id;
    const fifties = (await published(owner, { title: "Epochword fifties" })).id;
    await written(
      env.DB.prepare("update listings set published_at = ? where id = ?").bind("2036-01-01T00:00:00.000Z", newest),
      env.DB.prepare("update listings set published_at = null where id = ?").bind(undated),
      env.DB.prepare("update listings set published_at = ? where id = ?").bind("1969-06-01T00:00:00.000Z", sixties),
      env.DB.prepare("update listings set published_at = ? where id = ?").bind("1950-06-01T00:00:00.000Z", fifties),
    );
    // 600 matches the rent filter rejects, published between the sixties one and the fifties one: the bounded
    // walk (500 matches) reaches the newest three kept listings, not the fifties one.
    await copies(newest, "epoch", 600, {
      published_at: "strftime('%Y-%m-%dT%H:%M:%fZ', '1960-01-01', '+' || n.i || ' hours')",
      rent_amount: "90000",
    });
    // The index's order (and the walk's, free text alone): the undated listing counts as second 0.
    const order = [newest, undated, sixties, fifties];
    const mine = (found: string[]) => found.filter((id) => order.includes(id));
    expect(mine((await allPages({ q: "epochword" }, 50)).ids)).toEqual(order);
    // The same listings under a rent every one of them meets: walked for page 1, read by the fallback after.
    const filtered = await allPages({ q: "epochword", priceMax: "80000", currency: "EUR" }, 2);
    expect(filtered).toEqual({ ids: order, totals: [4] });
    const single = await allPages({ q: "epochword", priceMax: "80000", currency: "EUR" }, 1);
    expect(single).toEqual({ ids: order, totals: [4] });
  });

  it("a publication instant past 2242 does not fit the index's number: the write is refused and the index stays whole", async () => {
    const owner = await signUpLandlord("Far Lettings");
    const { id } = await published(owner, { title: "Farword" });
    await expect(
      env.DB.prepare("update listings set published_at = '2300-01-01T00:00:00.000Z' where id = ?").bind(id).run(),
    ).rejects.toThrow(/mismatch/i);
    expect(ids(await search({ q: "farword" }))).toEqual([id]);
    await expectExactIndex("after a refused far-future write");
  });

  it("the words spelled out from the instance vocabulary find what the prefix finds: 16 and 17 words under a prefix, shared prefixes, words of closed listings", async () => {
    const owner = await signUpLandlord("Vocab Attack Lettings");
    const sixteen = (
      await published(owner, {
        description: Array.from({ length: 16 }, (_, i) => `vxa${String.fromCharCode(97 + i)}`).join(" "),
      })
    ).id;
    const extra = (await published(owner, { description: "vxaz vxazz vxazzz" })).id;
    const shared = (await published(owner, { description: "vx vxa vxab vxb" })).id;
    const prefixes = ["vx", "vxa", "vxaa", "vxab", "vxaz", "vxazz", "vxb", "vxc", "VXA", "vxa vxaz", "vxap", "vxa vx"];
    const check = async (step: string) => {
      for (const typed of prefixes) {
        const expected = await reference(typed.toLowerCase().split(" "));
        const found = await search({ q: typed });
        expect(ids(found), `${step}: ${typed}`).toEqual(expected);
        expect(found.total, `${step}: ${typed}`).toBe(expected.length);
        const newestWithType = await search({ q: typed, type: "flat" });
        expect(ids(newestWithType), `${step}: ${typed}, flat`).toEqual(expected);
      }
    };
    await check("open");
    expect((await search({ q: "vxa" })).total).toBe(3);
    // 20 words under "vxa" (the prefix term asks); a closed listing's words leave the vocabulary: 17, then 16
    // (spelled out from the vocabulary).
    expect((await api(owner).listings[":id"].close.$post({ param: { id: extra } })).status).toBe(200);
    await check("one closed");
    expect(ids(await search({ q: "vxaz" }))).toEqual([]);
    expect((await api(owner).listings[":id"].close.$post({ param: { id: shared } })).status).toBe(200);
    await check("two closed");
    expect(ids(await search({ q: "vxa" }))).toEqual([sixteen]);
  });

  it("every write path leaves the index exactly the published listings under their numbers", async () => {
    const owner = await signUpLandlord("Index Writes");
    const admin = await signUpLandlord("Index Desk");
    await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
    const a = await published(owner, { title: "Idxword alpha", city: "Brest" });
    const b = await published(owner, { title: "Idxword beta", city: "Saint-Étienne" });
    const c = await published(owner, { title: "Idxword gamma", city: "Quimper" });
    const d = await published(owner, { title: "Idxword delta" });
    await expectExactIndex("published");
    const patch = async (id: string, json: Partial<ListingInput>) => {
      const res = await api(owner).listings[":id"].$patch({ param: { id }, json });
      expect(res.status, res.text).toBe(200);
    };
    await patch(a.id, { title: "Idxword alphabet" });
    await expectExactIndex("title edited");
    await patch(b.id, { description: "Trois pièces, jardin" });
    await expectExactIndex("description edited");
    await patch(c.id, { city: "Île-de-Batz" });
    await expectExactIndex("city edited");
    await patch(c.id, { title: "Idxword gamma", description: "Deux pièces.", city: "Île-de-Batz" });
    await expectExactIndex("the same text written again");
    await patch(d.id, { rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 65000 }] });
    await expectExactIndex("rent edited");
    expect(ids(await search({ q: "jardin" }))).toEqual([b.id]);
    expect(ids(await search({ q: "idxword", city: "ile de batz" }))).toEqual([c.id]);
    expect(ids(await search({ q: "idxword", city: "Quimper" }))).toEqual([]);
    // Closed, edited while closed, published again (a new publication instant: a new number).
    expect((await api(owner).listings[":id"].close.$post({ param: { id: a.id } })).status).toBe(200);
    await expectExactIndex("closed");
    await patch(a.id, { title: "Idxword omega", city: "Vannes" });
    await expectExactIndex("edited while closed");
    expect(ids(await search({ q: "alphabet" }))).toEqual([]);
    // The others published in 2020 (renumbered), so the relisted one is newest whatever the clock's second.
    await written(
      env.DB.prepare(
        "update listings set published_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || rowid || ' minutes') where id in (?, ?, ?)",
      ).bind(b.id, c.id, d.id),
    );
    await expectExactIndex("others renumbered");
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: a.id } })).status).toBe(200);
    await expectExactIndex("published again");
    expect(ids(await search({ q: "idxword" }))).toEqual([a.id, d.id, c.id, b.id]);
    expect(ids(await search({ q: "omega", city: "Vannes" }))).toEqual([a.id]);
    // Taken down and restored by an admin (restored under its old publication instant).
    const takedown = await api(admin).admin.listings[":id"].takedown.$post({
      param: { id: b.id },
      json: { reason: "Test takedown" },
    });
    expect(takedown.status, takedown.text).toBe(200);
    await expectExactIndex("taken down");
    expect(ids(await search({ q: "jardin" }))).toEqual([]);
    const restored = await api(admin).admin.listings[":id"].restore.$post({
      param: { id: b.id },
      json: { reason: "Test restore" },
    });
    expect(restored.status, restored.text).toBe(200);
    await expectExactIndex("restored");
    expect(ids(await search({ q: "jardin" }))).toEqual([b.id]);
    // A published listing's apartment deleted: the listing goes with it (cascade), and out of the index.
    expect((await api(owner).apartments[":id"].$delete({ param: { id: d.apartmentId } })).status).toBe(204);
    await expectExactIndex("apartment deleted");
    expect(ids(await search({ q: "delta" }))).toEqual([]);
    // The published_at of a published listing rewritten (not by the app): re-numbered.
    await written(
      env.DB.prepare("update listings set published_at = '2037-01-01T00:00:00.000Z' where id = ?").bind(c.id),
    );
    await expectExactIndex("publication instant moved");
    // The org closed: its published listings close.
    const closed = await api(owner).orgs.current.close.$post({ json: { password: PASSWORD } });
    expect(closed.status, closed.text).toBe(200);
    await expectExactIndex("org closed");
    expect((await search({ q: "idxword" })).total).toBe(0);
    // An org's rows deleted (what the retention purge does once a closed org's period ends, worker/erasure/
    // purge.ts), here one with a published listing: the cascade takes the listing out of the index too.
    const purged = await signUpLandlord("Index Purged");
    await published(purged, { title: "Idxpurged" });
    await written(env.DB.prepare("delete from orgs where id = ?").bind(purged.orgId));
    await expectExactIndex("org rows deleted");
    expect(await reference(["idxpurged"])).toEqual([]);
  });

  it("account erasure of a landlord alone in their org closes its listings and the index follows", async () => {
    const alone = await signUpLandlord("Erased Lettings");
    await published(alone, { title: "Erasedword one" });
    await published(alone, { title: "Erasedword two" });
    expect((await search({ q: "erasedword" })).total).toBe(2);
    const erased = await api(alone).me.erasure.$post({ json: { password: PASSWORD } });
    expect(erased.status, erased.text).toBe(200);
    await expectExactIndex("erased");
    // Read past the edge cache (a query it has not seen): what D1 answers now.
    expect(await reference(["erasedword"])).toEqual([]);
    expect(await search({ q: "erasedword", limit: "49" })).toMatchObject({ results: [], total: 0 });
  });
});

describe("a closed org's listings stay out of search", () => {
  it("a listing taken down before its org closed is not published again by an admin's restore", async () => {
    const owner = await signUpLandlord("Restore Closed Lettings");
    const admin = await signUpLandlord("Restore Desk");
    await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
    const { id } = await published(owner, { title: "Restoreclosedword" });
    const takedown = await api(admin).admin.listings[":id"].takedown.$post({
      param: { id },
      json: { reason: "Under review" },
    });
    expect(takedown.status, takedown.text).toBe(200);
    const closed = await api(owner).orgs.current.close.$post({ json: { password: PASSWORD } });
    expect(closed.status, closed.text).toBe(200);
    // The review clears the ad, but the org is closed: the listing goes back to closed, not to search.
    const restored = await api(admin).admin.listings[":id"].restore.$post({
      param: { id },
      json: { reason: "Review done" },
    });
    expect(restored.status, restored.text).toBe(200);
    const row = await env.DB.prepare("select status from listings where id = ?").bind(id).first<{ status: string }>();
    expect(row?.status).toBe("closed");
    expect(await search({ q: "restoreclosedword" })).toMatchObject({ results: [], total: 0 });
    await expectExactIndex("restored in a closed org");
  });
});

describe("the edge cache outlives no write that changes a search (docs/decisions/0003)", () => {
  /** The search, twice: the second answer is the cached one; then `write`, then the search again. */
  async function cachedThenWritten(query: SearchParams, write: () => Promise<void>) {
    const first = await api().public.listings.$get({ query });
    expect(first.status).toBe(200);
    // The answer is cached after the response (`waitUntil`): asked again until the cache answers.
    let hit = await api().public.listings.$get({ query });
    for (let tries = 0; hit.headers.get("x-cache") !== "hit" && tries < 100; tries++)
      hit = await api().public.listings.$get({ query });
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(hit.json).toEqual(first.json);
    await write();
    const after = await api().public.listings.$get({ query });
    expect(after.status).toBe(200);
    return { before: ids(first.json), after: ids(after.json), cache: after.headers.get("x-cache") };
  }

  it("publishing, editing and closing through the listing routes invalidate it (free text, walked)", async () => {
    const owner = await signUpLandlord("Cache Walk Lettings");
    const a = await published(owner, { title: "Cacheword first" });
    const edit = await cachedThenWritten({ q: "cacheword" }, async () => {
      const res = await api(owner).listings[":id"].$patch({ param: { id: a.id }, json: { title: "Renamed" } });
      expect(res.status).toBe(200);
    });
    expect(edit).toEqual({ before: [a.id], after: [], cache: "stale" });
    const b = await published(owner, { title: "Cacheword second" });
    const close = await cachedThenWritten({ q: "cacheword" }, async () => {
      expect((await api(owner).listings[":id"].close.$post({ param: { id: b.id } })).status).toBe(200);
    });
    expect(close).toEqual({ before: [b.id], after: [], cache: "stale" });
  });

  it("closing the org leaves no cached search listing its listings", async () => {
    const owner = await signUpLandlord("Cache Closure Lettings");
    const { id } = await published(owner, { title: "Closurecacheword" });
    const outcome = await cachedThenWritten({ q: "closurecacheword" }, async () => {
      const closed = await api(owner).orgs.current.close.$post({ json: { password: PASSWORD } });
      expect(closed.status, closed.text).toBe(200);
    });
    expect(outcome.before).toEqual([id]);
    expect(outcome).toEqual({ before: [id], after: [], cache: "stale" });
  });

  it("erasing the account of a landlord alone in their org leaves no cached search listing its listings", async () => {
    const alone = await signUpLandlord("Cache Erasure Lettings");
    const { id } = await published(alone, { title: "Erasurecacheword" });
    const outcome = await cachedThenWritten({ q: "erasurecacheword" }, async () => {
      const erased = await api(alone).me.erasure.$post({ json: { password: PASSWORD } });
      expect(erased.status, erased.text).toBe(200);
    });
    expect(outcome).toEqual({ before: [id], after: [], cache: "stale" });
  });

  it("deleting the apartment of a published listing leaves no cached search listing it", async () => {
    const owner = await signUpLandlord("Cache Apartment Lettings");
    const { id, apartmentId } = await published(owner, { title: "Apartmentcacheword" });
    const outcome = await cachedThenWritten({ q: "apartmentcacheword" }, async () => {
      expect((await api(owner).apartments[":id"].$delete({ param: { id: apartmentId } })).status).toBe(204);
    });
    expect(outcome).toEqual({ before: [id], after: [], cache: "stale" });
  });

  it("deleting the property of a published listing leaves no cached search listing it", async () => {
    const owner = await signUpLandlord("Cache Property Lettings");
    const { id, propertyId } = await published(owner, { title: "Propertycacheword" });
    const outcome = await cachedThenWritten({ q: "propertycacheword" }, async () => {
      expect((await api(owner).properties[":id"].$delete({ param: { id: propertyId } })).status).toBe(204);
    });
    expect(outcome).toEqual({ before: [id], after: [], cache: "stale" });
  });

  it("a change of the apartment's number of rooms, which every result shows, leaves no cached search showing the old one", async () => {
    const owner = await signUpLandlord("Cache Rooms Lettings");
    const { id, apartmentId } = await published(owner, { title: "Roomscacheword" });
    const rooms = async () => {
      const found = await api().public.listings.$get({ query: { q: "roomscacheword" } });
      return { rooms: found.json.results.map((r) => r.roomsCount), cache: found.headers.get("x-cache") };
    };
    await cachedThenWritten({ q: "roomscacheword" }, async () => {});
    expect((await rooms()).rooms).toEqual([2]);
    const patched = await api(owner).apartments[":id"].$patch({ param: { id: apartmentId }, json: { roomsCount: 5 } });
    expect(patched.status, patched.text).toBe(200);
    expect(await env.DB.prepare("select id from listings where id = ?").bind(id).first()).toEqual({ id });
    expect(await rooms()).toEqual({ rooms: [5], cache: "stale" });
    // The update and the generation in one batch: a taken unit number is still the 409 it was.
    const { propertyId } = (await env.DB.prepare("select property_id as propertyId from apartments where id = ?")
      .bind(apartmentId)
      .first<{ propertyId: string }>())!;
    const other = await api(owner).apartments.$post({
      json: { propertyId, unitNumber: "Taken", roomsCount: 1, rentAmount: 50000, currency: "EUR" },
    });
    expect(other.status, other.text).toBe(201);
    const taken = await api(owner).apartments[":id"].$patch({
      param: { id: apartmentId },
      json: { unitNumber: "Taken" },
    });
    expect(taken.status, taken.text).toBe(409);
    expect(taken.problem.code).toBe("unit_taken");
  });

  it("confirming the application that fills the last place closes the listing and leaves no cached search listing it", async () => {
    const owner = await signUpLandlord("Cache Confirm Lettings");
    const { apartmentId } = await createApartment(owner, "CC1");
    const { listingId } = await createListing(owner, apartmentId, { title: "Confirmcacheword flat" });
    await written();
    const renter = await signUpRenter();
    expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
    expect((await api(owner).applications[":id"].accept.$post({ param: { id: applied.json.id } })).status).toBe(200);
    const outcome = await cachedThenWritten({ q: "confirmcacheword" }, async () => {
      const confirmed = await api(owner).applications[":id"].confirm.$post({ param: { id: applied.json.id } });
      expect(confirmed.status, confirmed.text).toBe(200);
    });
    const status = await env.DB.prepare("select status from listings where id = ?")
      .bind(listingId)
      .first<{ status: string }>();
    expect(status?.status).toBe("closed");
    expect(outcome).toEqual({ before: [listingId], after: [], cache: "stale" });
  });
});
