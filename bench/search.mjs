// Public listing search over 100,000 published listings on local D1 (the built worker under wrangler dev):
// p50/p99 of typical query shapes, each request a different question so the edge cache does not answer,
// next to GET /healthz (one trivial D1 query) on the same worker as the baseline.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../scripts/lib.mjs";
import { startLocalWorker } from "../scripts/local-worker.mjs";

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_SEARCHES ?? 150);
const CITIES = [
  "Lyon",
  "Paris",
  "Marseille",
  "Lille",
  "Nantes",
  "Bordeaux",
  "Toulouse",
  "Grenoble",
  "Kyiv",
  "Lviv",
  "Odesa",
  "Annecy",
  "Rennes",
  "Nice",
  "Dijon",
  "Tours",
  "Metz",
  "Caen",
  "Brest",
  "Reims",
];
const TYPES = ["studio", "room", "flat", "house"];
const WORDS = [
  "lumineux",
  "balcon",
  "jardin",
  "métro",
  "calme",
  "rénové",
  "meublé",
  "colocation",
  "terrasse",
  "parking",
  "étudiant",
  "centre",
  "vue",
  "cuisine",
  "parquet",
  "світла",
  "квартира",
  "near",
  "bright",
  "quiet",
];

function seedSql(file) {
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  const t = "2026-01-01T00:00:00.000Z";
  const lines = [
    `insert into orgs (id, name, slug, currency, locale, timezone, database, is_disabled, created_at) values ('bench-org', 'Bench Org', 'bench-org', 'EUR', 'fr', 'Europe/Paris', 'DB', 0, ${q(t)});`,
    `insert into users (id, email, name, account_type, is_platform_admin, created_at) values ('bench-user', 'bench@example.com', 'Bench', 'landlord', 0, ${q(t)});`,
    `insert into properties (id, org_id, name, address, city, postal_code, country, created_at, updated_at) values ('bench-prop', 'bench-org', 'Bench', '1 Rue', 'Lyon', '69001', 'France', ${q(t)}, ${q(t)});`,
    `insert into apartments (id, org_id, property_id, unit_number, rooms_count, rent_amount, currency, created_at, updated_at) values ('bench-apt', 'bench-org', 'bench-prop', '1', 2, 80000, 'EUR', ${q(t)}, ${q(t)});`,
  ];
  let rnd = 42;
  const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (a) => a[Math.floor(next() * a.length)];
  // D1 caps a statement at 100 KB (bytes, not characters: Cyrillic is two bytes a letter): each insert takes
  // rows until the next would pass 90 KB.
  const insert =
    "insert into listings (id, org_id, apartment_id, title, description, city, city_key, search_text, address, type, rent_amount, charges_amount, deposit_amount, currency, available_from, guarantors_required, required_documents, status, published_at, closed_at, created_by, created_at, updated_at) values ";
  let values = [];
  let bytes = 0;
  const flush = () => {
    if (values.length) lines.push(`${insert}${values.join(",")};`);
    values = [];
    bytes = 0;
  };
  for (let j = 0; j < LISTINGS; j++) {
    const title = `${pick(["Studio", "Appartement", "Chambre", "Maison", "Квартира"])} ${pick(WORDS)} ${pick(WORDS)} ${j}`;
    const description = Array.from({ length: 12 }, () => pick(WORDS)).join(" ");
    const published = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 600 * 86400000)).toISOString();
    const available = published.slice(0, 10);
    const city = pick(CITIES);
    // The search columns the app writes (worker/listings/search-text.ts): these cities are plain ASCII
    // words, so their key is their lower case; no CJK text, so the search text is the three fields.
    const search = `${q(city.toLowerCase())}, ${q(`${title}\n${description}\n${city}`)}`;
    const row = `(${q(`bench-${j}`)}, 'bench-org', 'bench-apt', ${q(title)}, ${q(description)}, ${q(city)}, ${search}, '1 Rue', ${q(pick(TYPES))}, ${30000 + Math.floor(next() * 170000)}, 0, 0, 'EUR', ${q(available)}, 0, '[]', 'published', ${q(published)}, null, 'bench-user', ${q(t)}, ${q(t)})`;
    const size = Buffer.byteLength(row) + 1;
    if (bytes + size > 90_000 - insert.length) flush();
    values.push(row);
    bytes += size;
  }
  flush();
  writeFileSync(file, lines.join("\n"));
}

async function measure(url, makeQuery) {
  const times = [];
  let hits = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    const res = await fetch(`${url}${makeQuery(i)}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${makeQuery(i)} → ${res.status}`);
    if (res.headers.get("x-cache") === "hit") hits++;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(REQUESTS / 2)],
    p99: times[Math.min(REQUESTS - 1, Math.floor(REQUESTS * 0.99))],
    hits,
  };
}

export async function benchSearch() {
  const started = performance.now();
  const worker = await startLocalWorker({
    seed: (state) => {
      const file = join(state, "listings.sql");
      seedSql(file);
      run(
        "wrangler",
        [
          "d1",
          "execute",
          "DB",
          "--local",
          "--persist-to",
          state,
          "--file",
          file,
          "-c",
          join(process.cwd(), "build/server/wrangler.json"),
        ],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" } },
      );
    },
  });
  const seedSeconds = (performance.now() - started) / 1000;
  try {
    const api = `${worker.url}/api/public/listings?`;
    for (let i = 0; i < 20; i++) await (await fetch(`${api}city=Lyon&priceMax=${60000 + i}`)).arrayBuffer();
    const rows = [
      ["GET /healthz (baseline: one trivial D1 query)", await measure(`${worker.url}/healthz`, () => "")],
      [
        "city + max price, cheapest first",
        await measure(api, (i) => `city=${CITIES[i % CITIES.length]}&priceMax=${50000 + i * 37}&sort=price_asc`),
      ],
      [
        "free text (two words), newest first",
        await measure(
          api,
          (i) =>
            `q=${encodeURIComponent(`${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`)}&limit=${10 + (i % 41)}`,
        ),
      ],
      [
        "type + available by, newest first",
        await measure(
          api,
          (i) =>
            `type=${TYPES[i % 4]}&availableFrom=2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}&limit=${10 + (i % 41)}`,
        ),
      ],
      [
        "city + free text + max price",
        await measure(
          api,
          (i) =>
            `city=${CITIES[i % CITIES.length]}&q=${encodeURIComponent(WORDS[i % WORDS.length])}&priceMax=${120000 + i}`,
        ),
      ],
      [
        "no filter, pages 40–59, newest first",
        await measure(api, (i) => `page=${40 + (i % 20)}&limit=${20 + Math.floor(i / 20)}`),
      ],
    ];
    return { listings: LISTINGS, requests: REQUESTS, seedSeconds, rows };
  } finally {
    await worker.stop();
  }
}

export function printSearch(r) {
  const base = r.rows[0][1];
  console.log(
    `\nListing search — ${r.listings.toLocaleString("en")} published listings on local D1 (seeded in ${r.seedSeconds.toFixed(0)} s), ${r.requests} sequential requests per shape, cache bypassed by varying each query\n`,
  );
  console.log("| query | p50 ms | p99 ms | p50 vs baseline | cache hits |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, m] of r.rows)
    console.log(
      `| ${name} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${(m.p50 / base.p50).toFixed(2)}× | ${m.hits} |`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) printSearch(await benchSearch());
