import { describe, expect, it } from "vitest";
import type { SearchQuery } from "../../worker/listings/contract";
import { searchQueries } from "../../worker/listings/search";
import { createDb } from "../../worker/db/client";
import { api, type ApiClient, type JsonInput, multipart, rawCall } from "../setup/client";
import { addMember, createApartment, env, signUpLandlord, type Caller } from "../setup/helpers";
import { FILES, pngOf } from "../setup/listings";

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;

/**
 * A French unfurnished ad: its deposit defaults to one month of the cheapest place's rent, the most loi n° 89-462
 * art. 22 allows (a test of the cap sets its own).
 */
const listing = (apartmentId: string, over: Partial<ListingInput> = {}): ListingInput => ({
  apartmentId,
  title: "Appartement lumineux près du parc",
  description: "Trois pièces, balcon, métro à deux minutes. Idéal pour une colocation étudiante.",
  city: "Lyon",
  address: "12 Rue des Lilas",
  type: "flat",
  chargesAmount: 5000,
  availableFrom: "2026-09-01",
  guarantorsRequired: 1,
  requiredDocuments: ["id_card", "proof_of_income"],
  rooms: [{ name: "Whole flat", capacity: 1, rentAmount: 90000 }],
  // What a French ad must show (the helpers' properties are in France: issue 13 §7).
  livingArea: 62.5,
  furnished: false,
  energyClass: "C",
  ghgClass: "B",
  chargesKind: "provision",
  ...over,
  depositAmount: over.depositAmount ?? Math.min(...(over.rooms ?? [{ rentAmount: 90000 }]).map((r) => r.rentAmount)),
});

async function published(owner: Caller, apartmentId: string, over: Partial<ListingInput> = {}) {
  const created = await api(owner).listings.$post({ json: listing(apartmentId, over) });
  expect(created.status, created.text).toBe(201);
  expect((await api(owner).listings[":id"].publish.$post({ param: { id: created.json.id } })).status).toBe(200);
  return created.json.id;
}

type SearchParams = NonNullable<Parameters<ApiClient["public"]["listings"]["$get"]>[0]>["query"];

const search = (query: SearchParams) => api().public.listings.$get({ query });
/** A search with a query string the typed client would not send (values outside the declared ones). */
const rawSearch = (query: string) => rawCall("GET", `/api/public/listings?${query}`);

describe("listings", () => {
  it("a landlord creates a draft with rooms and requirements, edits it, publishes and closes it; illegal moves are 409 with the status", async () => {
    const owner = await signUpLandlord("Listing Lettings");
    const { apartmentId } = await createApartment(owner, "L1");
    const created = await api(owner).listings.$post({
      json: listing(apartmentId, {
        type: "room",
        rooms: [
          { name: "Room A", capacity: 1, rentAmount: 45000 },
          { name: "Room B", capacity: 2, rentAmount: 38000 },
        ],
      }),
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({
      status: "draft",
      rentAmount: 38000,
      currency: "EUR",
      guarantorsRequired: 1,
      requiredDocuments: ["id_card", "proof_of_income"],
    });
    expect(created.json.rooms.map((r: { name: string; capacity: number }) => [r.name, r.capacity])).toEqual([
      ["Room A", 1],
      ["Room B", 2],
    ]);
    const id = created.json.id;
    expect((await api().public.listings[":id"].$get({ param: { id } })).status).toBe(404); // drafts are not public
    expect((await api(owner).listings[":id"].close.$post({ param: { id } })).json).toMatchObject({
      status: 409,
      code: "illegal_transition",
      detail: "A draft listing cannot be closed",
    });
    expect(
      (
        await api(owner).listings[":id"].$patch({
          param: { id },
          json: { title: "Chambre dans une colocation", rooms: [{ name: "Room A", capacity: 1, rentAmount: 42000 }] },
        })
      ).status,
    ).toBe(200);
    expect((await api(owner).listings[":id"].publish.$post({ param: { id } })).status).toBe(200);
    expect((await api(owner).listings[":id"].publish.$post({ param: { id } })).problem.detail).toBe(
      "A published listing cannot be published",
    );
    const pub = await api().public.listings[":id"].$get({ param: { id } });
    expect(pub.status).toBe(200);
    // A partial edit leaves the rest alone.
    expect(pub.json).toMatchObject({
      guarantorsRequired: 1,
      requiredDocuments: ["id_card", "proof_of_income"],
      chargesAmount: 5000,
      depositAmount: 38000,
    });
    expect(pub.json).toMatchObject({
      title: "Chambre dans une colocation",
      rentAmount: 42000,
      rooms: [{ name: "Room A", rentAmount: 42000 }],
    });
    expect(pub.json).not.toHaveProperty("status");
    expect((await api(owner).listings[":id"].close.$post({ param: { id } })).status).toBe(200);
    // Closed is gone, not missing (docs/decisions/0007; closed-listings-integration covers the answer).
    expect((await api().public.listings[":id"].$get({ param: { id } })).status).toBe(410);
    const mine = await api(owner).listings.$get();
    expect(mine.json.results.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([[id, "closed"]]);
  });

  it("validates input with clear 400s; maintenance cannot write; another org's apartment or listing is 404", async () => {
    const owner = await signUpLandlord("Strict Lettings");
    const { apartmentId } = await createApartment(owner, "L2");
    // Values outside the declared ones: sent untyped.
    const bad = await rawCall(
      "POST",
      "/api/listings",
      { ...listing(apartmentId), type: "castle", guarantorsRequired: 51, requiredDocuments: ["passport"], rooms: [] },
      owner,
    );
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e: { path: string }) => e.path).sort()).toEqual([
      "guarantorsRequired",
      "requiredDocuments.0",
      "rooms",
      "type",
    ]);
    const maintenance = await addMember(owner, "maintenance");
    expect((await api(maintenance).listings.$post({ json: listing(apartmentId) })).status).toBe(403);
    const other = await signUpLandlord("Other Org");
    expect((await api(other).listings.$post({ json: listing(apartmentId) })).status).toBe(404);
    const id = await published(owner, apartmentId);
    for (const [method, path] of [
      ["GET", `/api/listings/${id}`],
      ["PATCH", `/api/listings/${id}`],
      ["POST", `/api/listings/${id}/close`],
    ] as const) {
      expect(
        (await rawCall(method, path, method === "PATCH" ? { title: "Hijacked title" } : undefined, other)).status,
        path,
      ).toBe(404);
    }
  });

  it("public search: city (any case), max price, type, availability, free text with accents, sorting and pages", async () => {
    const owner = await signUpLandlord("Search Lettings");
    const { apartmentId } = await createApartment(owner, "S1");
    const city = `Annecy-${crypto.randomUUID().slice(0, 6)}`;
    const cheap = await published(owner, apartmentId, {
      city,
      title: "Studio élégant au bord du lac",
      type: "studio",
      availableFrom: "2026-08-01",
      rooms: [{ name: "Studio", capacity: 1, rentAmount: 52000 }],
    });
    const mid = await published(owner, apartmentId, {
      city,
      title: "Chambre en colocation",
      type: "room",
      availableFrom: "2026-09-15",
      rooms: [{ name: "Chambre", capacity: 1, rentAmount: 61000 }],
    });
    const dear = await published(owner, apartmentId, {
      city,
      title: "Maison avec jardin",
      type: "house",
      description: "Квартира з садом, поруч школа.",
      availableFrom: "2026-10-01",
      rooms: [{ name: "Maison", capacity: 1, rentAmount: 150000 }],
    });
    await api(owner).listings.$post({ json: listing(apartmentId, { city, title: "Brouillon invisible" }) });

    const all = await search({ city: city.toLowerCase(), sort: "price_asc" });
    expect(all.status, all.text).toBe(200);
    expect(all.json.results.map((r: { id: string }) => r.id)).toEqual([cheap, mid, dear]);
    expect(all.json).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect((await search({ city, sort: "price_desc" })).json.results[0]!.id).toBe(dear);
    expect((await search({ city, priceMax: "61000" })).json.total).toBe(2);
    expect((await search({ city, type: "house" })).json.results.map((r: { id: string }) => r.id)).toEqual([dear]);
    expect((await search({ city, availableFrom: "2026-09-30" })).json.total).toBe(2);
    expect((await search({ city, q: "elegant" })).json.results.map((r: { id: string }) => r.id)).toEqual([cheap]);
    expect((await search({ city, q: "квартира" })).json.results.map((r: { id: string }) => r.id)).toEqual([dear]);
    expect((await search({ city, q: 'jardin"* (' })).json.results.map((r: { id: string }) => r.id)).toEqual([dear]);
    const page2 = await search({ city, sort: "price_asc", limit: "2", page: "2" });
    expect(page2.json).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.json.results.map((r: { id: string }) => r.id)).toEqual([dear]);
    for (const q of ["priceMax=-1", "type=castle", "availableFrom=soon", "sort=random", "limit=500", "page=0"])
      expect((await rawSearch(q)).status, q).toBe(400);
  });

  it("search answers are cached at the edge and any listing change invalidates them", async () => {
    const owner = await signUpLandlord("Cache Lettings");
    const { apartmentId } = await createApartment(owner, "C1");
    const city = `Grenoble-${crypto.randomUUID().slice(0, 6)}`;
    const first = await published(owner, apartmentId, { city });
    const miss = await search({ city });
    expect(miss.headers.get("x-cache")).toBe("miss");
    expect(miss.headers.get("x-d1-round-trips")).toBe("1");
    await new Promise((r) => setTimeout(r, 50));
    const hit = await search({ city });
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(hit.headers.get("x-d1-round-trips")).toBe("1");
    expect(hit.json).toEqual(miss.json);
    // A change (here: a new listing) makes the next search fresh.
    const second = await published(owner, apartmentId, { city, title: "Deuxième annonce" });
    const fresh = await search({ city });
    expect(fresh.headers.get("x-cache")).toBe("stale");
    expect(fresh.json.results.map((r: { id: string }) => r.id).sort()).toEqual([first, second].sort());
    await api(owner).listings[":id"].$patch({ param: { id: second }, json: { title: "Titre modifié" } });
    expect((await search({ city })).json.results.find((r: { id: string }) => r.id === second)!.title).toBe(
      "Titre modifié",
    );
    await api(owner).listings[":id"].close.$post({ param: { id: second } });
    expect((await search({ city })).json.total).toBe(1);
  });

  it("photos: images only (by their bytes), downscaled, served publicly only while the listing is published", async () => {
    const owner = await signUpLandlord("Photo Lettings");
    const { apartmentId } = await createApartment(owner, "P1");
    const created = await api(owner).listings.$post({ json: listing(apartmentId) });
    const id = created.json.id;
    const form = (file: Blob, name: string) => {
      const f = new FormData();
      f.append("file", file, name);
      return f;
    };
    const photo = await api(owner).listings[":id"].photos.$post(
      { param: { id } },
      multipart(form(await pngOf(3000, 40), "salon.png")),
    );
    expect(photo.status, photo.text).toBe(201);
    expect(photo.json.url).toBe(`/api/public/listings/${id}/photos/${photo.json.id}`);
    const exe = await api(owner).listings[":id"].photos.$post(
      { param: { id } },
      multipart(form(FILES.exe(), "photo.jpg")),
    );
    expect(exe.status).toBe(415);
    const pdf = await api(owner).listings[":id"].photos.$post(
      { param: { id } },
      multipart(form(FILES.pdf(), "plan.pdf")),
    );
    expect(pdf.status).toBe(415);
    const other = await signUpLandlord("Other Org");
    expect(
      (await api(other).listings[":id"].photos.$post({ param: { id } }, multipart(form(await pngOf(10, 10), "x.png"))))
        .status,
    ).toBe(404);
    // A draft's photo is not public; once published it is, with cache headers, and search shows it.
    expect((await rawCall("GET", photo.json.url)).status).toBe(404);
    await api(owner).listings[":id"].publish.$post({ param: { id } });
    const served = await rawCall("GET", photo.json.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(served.headers.get("content-type")).toMatch(/^image\//);
    const object = await env.DOCS.get(`orgs/${owner.orgId}/listings/${id}/photos/${photo.json.id}`);
    expect(object?.size).toBe(photo.json.size);
    const found = await api().public.listings.$get({ query: { city: "Lyon", q: "lumineux parc", limit: "50" } });
    expect(found.json.results.find((r: { id: string }) => r.id === id)?.photo).toBe(photo.json.id);
    // Reorder and delete through the edit: keep only a second photo; the first leaves R2 too.
    const second = await api(owner).listings[":id"].photos.$post(
      { param: { id } },
      multipart(form(await pngOf(20, 20), "cuisine.png")),
    );
    expect(
      (await api(owner).listings[":id"].$patch({ param: { id }, json: { photoOrder: ["not-a-photo"] } })).status,
    ).toBe(400);
    expect(
      (await api(owner).listings[":id"].$patch({ param: { id }, json: { photoOrder: [second.json.id] } })).status,
    ).toBe(200);
    expect(
      (await api().public.listings[":id"].$get({ param: { id } })).json.photos.map((p: { id: string }) => p.id),
    ).toEqual([second.json.id]);
    expect((await rawCall("GET", photo.json.url)).status).toBe(404);
    for (let i = 0; i < 20 && (await env.DOCS.head(`orgs/${owner.orgId}/listings/${id}/photos/${photo.json.id}`)); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await env.DOCS.head(`orgs/${owner.orgId}/listings/${id}/photos/${photo.json.id}`)).toBeNull();
    await api(owner).listings[":id"].close.$post({ param: { id } });
    expect((await rawCall("GET", second.json.url)).status).toBe(404);
  });

  it("every search shape uses an index (EXPLAIN QUERY PLAN)", async () => {
    const db = createDb(env.DB);
    const shapes: Partial<SearchQuery>[] = [
      {},
      { city: "Lyon" },
      { city: "Lyon", priceMax: 80000 },
      { city: "Lyon", sort: "price_asc" },
      { priceMax: 80000, sort: "price_asc" },
      { type: "studio" },
      { type: "studio", availableFrom: "2026-09-01" },
      { q: "balcon" },
      { city: "Lyon", q: "balcon", sort: "price_asc" },
      { areaMin: 20, areaMax: 60 },
      { energyClassMin: "C" },
      { furnished: true, sort: "price_asc" },
      { city: "Lyon", areaMin: 20, energyClassMin: "D", furnished: false },
    ];
    for (const shape of shapes) {
      const [results] = searchQueries(db, { sort: "newest", page: 1, limit: 20, ...shape });
      const { sql, params } = results.toSQL();
      const plan = await env.DB.prepare(`explain query plan ${sql}`)
        .bind(...params)
        .all<{ detail: string }>();
      const details = plan.results.map((r) => r.detail);
      const scans = details.filter((d) => /^SCAN (listings|p)(\s|$)/.test(d) && !/USING/.test(d));
      expect(scans, `${JSON.stringify(shape)}: ${details.join(" | ")}`).toEqual([]);
      expect(
        details.some((d) => /USING (COVERING )?INDEX listings_|VIRTUAL TABLE INDEX|USING INTEGER PRIMARY KEY/.test(d)),
        `${JSON.stringify(shape)}: ${details.join(" | ")}`,
      ).toBe(true);
    }
  });
});
