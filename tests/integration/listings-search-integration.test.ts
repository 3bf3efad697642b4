import { describe, expect, it } from "vitest";
import { cityKey, ftsTermsOf, searchText } from "../../worker/listings/search-text";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { env, signUpLandlord, type Caller } from "../setup/helpers";
import { listingThroughApi } from "../setup/listings";

// issue 12 §4: search finds what people type — the city filter folds like the free text, and words inside
// Chinese, Japanese and Korean text are found.

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];

/** A published listing through the API: its id. */
const published = async (owner: Caller, over: Partial<ListingInput>) => (await listingThroughApi(owner, over)).id;

/** The ids a public search answers (first page of 50). */
async function found(query: SearchParams) {
  const res = await api().public.listings.$get({ query: { limit: "50", ...query } });
  expect(res.status, res.text).toBe(200);
  return res.json.results.map((r: { id: string }) => r.id);
}

describe("search folds text the way people type it", () => {
  it("the city filter folds Unicode case, accents, apostrophes and normalisation forms, and compares whole names", async () => {
    const owner = await signUpLandlord("Folding Lettings");
    const etienne = await published(owner, { city: "Saint-Étienne" });
    const isle = await published(owner, { city: "L’Isle-d’Abeau" });
    const rouvray = await published(owner, { city: "Saint-Étienne-du-Rouvray" });
    const zurich = await published(owner, { city: "ZÜRICH" });
    for (const typed of [
      "Saint-Étienne",
      "saint-étienne",
      "Saint-Etienne",
      "Saint-E\u0301tienne",
      "SAINT ÉTIENNE",
      "saint etienne",
    ])
      expect(await found({ city: typed }), typed).toEqual([etienne]);
    for (const typed of ["L'Isle-d'Abeau", "l’isle-d’abeau", "L Isle d Abeau"])
      expect(await found({ city: typed }), typed).toEqual([isle]);
    expect(await found({ city: "Saint-Étienne-du-Rouvray" })).toEqual([rouvray]);
    expect(await found({ city: "zürich" })).toEqual([zurich]);
    expect(await found({ city: "Zu\u0308rich" })).toEqual([zurich]);
    expect(await found({ city: "Saint" })).toEqual([]);
    // Free text folds the same way and meets the city filter.
    expect(await found({ city: "saint etienne", q: "SAINT-ETIENNE" })).toEqual([etienne]);

    // An edit re-keys the listing: its old city no longer finds it, its new one does.
    expect(
      (await api(owner).listings[":id"].$patch({ param: { id: etienne }, json: { city: "Montréal" } })).status,
    ).toBe(200);
    expect(await found({ city: "saint-etienne" })).toEqual([]);
    expect(await found({ city: "MONTREAL" })).toEqual([etienne]);
  });

  it("finds words inside Chinese, Japanese and Korean text", async () => {
    const owner = await signUpLandlord("CJK Lettings");
    const chinese = await published(owner, { city: "上海", description: "两室一厅公寓，靠近地铁站" });
    const japanese = await published(owner, { city: "東京", title: "駅近の明るいワンルームマンション" });
    const korean = await published(owner, { city: "서울", description: "역세권신축원룸아파트" });
    const mine = [chinese, japanese, korean];
    const only = async (q: string) => (await found({ q })).filter((id: string) => mine.includes(id));
    expect(await only("公寓")).toEqual([chinese]);
    expect(await only("地铁站")).toEqual([chinese]);
    expect(await only("两室一厅")).toEqual([chinese]);
    expect(await only("寓")).toEqual([chinese]); // one character: the last of its run
    expect(await only("公园")).toEqual([]);
    expect(await only("マンション")).toEqual([japanese]);
    expect(await only("明るい")).toEqual([japanese]);
    expect(await only("원룸")).toEqual([korean]);
    expect(await only("上海 公寓")).toEqual([chinese]);
    expect(await found({ city: "東京" })).toEqual([japanese]);
  });

  it("spells the index text and the query terms the same way", () => {
    expect(cityKey("Saint-E\u0301tienne")).toBe("saint etienne");
    expect(cityKey("L’Isle-d’Abeau")).toBe(cityKey("L'Isle-d'Abeau"));
    expect(cityKey("Київ")).toBe("київ"); // accents fold on Latin letters only, like FTS5's unicode61
    expect(searchText({ title: "T", description: "两室一厅公寓，靠近地铁站", city: "上海" })).toBe(
      "T\n 两室 室一 一厅 厅公 公寓 寓 ， 靠近 近地 地铁 铁站 站 \n 上海 海 ",
    );
    expect(ftsTermsOf("2ldk公寓")).toEqual(['"2ldk"*', '"公寓"']);
    expect(ftsTermsOf("寓")).toEqual(['"寓"*']);
  });

  it("the key migration 0017 computes for existing rows (FTS5 tokens) equals the app's cityKey", async () => {
    // The key written by the migration (FTS5 tokens) and by the app (cityKey) agree on real city names.
    await env.DB.exec("CREATE VIRTUAL TABLE t_city_fts USING fts5(city, tokenize='unicode61 remove_diacritics 2')");
    const cities = ["Saint-Étienne", "L’Isle-d’Abeau", "Aix-en-Provence", "Straße", "Ørsta", "Київ", "Αθήνα", "東京"];
    await env.DB.batch(
      cities.map((c, i) => env.DB.prepare("INSERT INTO t_city_fts (rowid, city) VALUES (?, ?)").bind(i + 1, c)),
    );
    await env.DB.exec("CREATE VIRTUAL TABLE t_city_terms USING fts5vocab(t_city_fts, instance)");
    const { results } = await env.DB.prepare(
      "SELECT doc, group_concat(term, ' ' ORDER BY offset) AS k FROM t_city_terms GROUP BY doc ORDER BY doc",
    ).all<{ doc: number; k: string }>();
    expect(results.map((r) => r.k)).toEqual(cities.map(cityKey));
  });

  it("migration 0017 rewrites existing rows' CJK runs exactly as the app writes them", async () => {
    const migration = env.TEST_MIGRATIONS!.find((m) => m.name.startsWith("0017_"))!;
    const backfill = migration.queries.find((q) => q.includes("WITH RECURSIVE"))!;
    await env.DB.exec("CREATE TABLE t_backfill (search_text text NOT NULL)");
    const rows = [
      { title: "Studio", description: "两室一厅公寓，靠近地铁站", city: "上海" },
      { title: "駅近の明るいワンルームマンション", description: "역세권신축원룸아파트 2LDK公寓", city: "東京" },
      { title: "Appartement lumineux", description: "Près du métro.", city: "Saint-Étienne" },
    ];
    await env.DB.batch(
      rows.map((r) =>
        env.DB.prepare("INSERT INTO t_backfill (search_text) VALUES (?)").bind(
          `${r.title}\n${r.description}\n${r.city}`,
        ),
      ),
    );
    await env.DB.prepare(backfill.replaceAll("`listings`", "`t_backfill`")).run();
    const { results } = await env.DB.prepare("SELECT search_text FROM t_backfill ORDER BY rowid").all<{
      search_text: string;
    }>();
    expect(results.map((r) => r.search_text)).toEqual(rows.map(searchText));
  });
});
