import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { api, multipart, type ApiClient, type Caller, type JsonInput } from "./client";
import { futureDate } from "./dates";
import { createApartment, type Renter } from "./helpers";
import { searchColumns } from "../../worker/listings/search-text";

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;

let adUnits = 0;

/**
 * A listing created through the API on a new apartment of `owner`'s (a French ad with what it must show,
 * 70,000 minor units a month in Lyon, `over` replacing any field), published unless `draft`. Answers its id,
 * apartment and property.
 */
export async function listingThroughApi(owner: Caller, over: Partial<ListingInput> = {}, { draft = false } = {}) {
  const { apartmentId, propertyId } = await createApartment(owner, `L${++adUnits}`);
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
  if (!draft)
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: created.json.id } })).status).toBe(200);
  return { id: created.json.id, apartmentId, propertyId };
}

/**
 * Listings for tests, inserted as rows rather than through the API: tests need listings the API would
 * refuse or reach only in several calls (a room for 200 people, a closed listing in one step). Rooms
 * default to one place. Each carries what a French ad must show (42.5 m², furnished, DPE C, GES D), so it
 * may be published (the helpers' properties are in France).
 */
export type ListingFixture = { listingId: string; roomIds: string[] };
type ListingOptions = {
  rooms?: { capacity: number; rentAmount?: number }[];
  guarantorsRequired?: number;
  requiredDocuments?: string[];
  status?: "draft" | "published" | "closed";
  title?: string;
};

export async function createListing(
  owner: { orgId: string; userId: string },
  apartmentId: string,
  options: ListingOptions = {},
): Promise<ListingFixture> {
  const now = new Date().toISOString();
  const listingId = crypto.randomUUID();
  const rooms = (options.rooms ?? [{ capacity: 1 }]).map((r, i) => ({
    id: crypto.randomUUID(),
    capacity: r.capacity,
    rentAmount: r.rentAmount ?? 72000,
    position: i,
  }));
  const title = options.title ?? "Bright flat near the park";
  // The search columns the app writes with every listing (worker/listings/search-text.ts).
  const search = searchColumns({ title, description: "Bright and quiet.", city: "Lyon" });
  await env.DB.batch([
    env.DB.prepare(
      `insert into listings (id, org_id, apartment_id, title, description, city, city_key, search_text, address, type, rent_amount, charges_amount, deposit_amount, currency, available_from, guarantors_required, required_documents, status, published_at, created_by, created_at, updated_at, living_area, furnished, energy_class, ghg_class, charges_kind)
       values (?, ?, ?, ?, 'Bright and quiet.', 'Lyon', ?, ?, '12 Rue des Lilas', 'flat', ?, 5000, 72000, 'EUR', '2026-09-01', ?, ?, ?, ?, ?, ?, ?, 42.5, 1, 'C', 'D', 'provision')`,
    ).bind(
      listingId,
      owner.orgId,
      apartmentId,
      title,
      search.cityKey,
      search.searchText,
      Math.min(...rooms.map((r) => r.rentAmount)),
      options.guarantorsRequired ?? 0,
      JSON.stringify(options.requiredDocuments ?? []),
      options.status ?? "published",
      now,
      owner.userId,
      now,
      now,
    ),
    ...rooms.map((r) =>
      env.DB.prepare(
        "insert into listing_places (id, org_id, listing_id, name, capacity, rent_amount, filled, position) values (?, ?, ?, ?, ?, ?, 0, ?)",
      ).bind(r.id, owner.orgId, listingId, `Room ${r.position + 1}`, r.capacity, r.rentAmount, r.position),
    ),
  ]);
  return { listingId, roomIds: rooms.map((r) => r.id) };
}

export const PROFILE = {
  firstName: "Rita",
  lastName: "Renter",
  phone: "+33 6 12 34 56 78",
  birthDate: "1998-04-02",
  address: "3 Rue Neuve, 69001 Lyon",
  nationality: "French",
  education: "Master's student",
  budgetAmount: 80000,
  budgetCurrency: "EUR",
};

/** Minimal valid files, by their bytes. */
export const FILES = {
  pdf: () =>
    new Blob([`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n${"x".repeat(600)}\n%%EOF\n`], {
      type: "application/pdf",
    }),
  exe: () =>
    new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(600).fill(0)])], { type: "application/pdf" }),
};

/** A tiny valid PNG (w × h, one colour), built with the zlib the runtime has. */
export async function pngOf(width: number, height: number): Promise<Blob> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([200, (x * 7) & 0xff, (y * 3) & 0xff], y * (width * 3 + 1) + 1 + x * 3);
  const compressed = new Uint8Array(
    await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer(),
  );
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([signature, chunk("IHDR", ihdr), chunk("IDAT", compressed), chunk("IEND", new Uint8Array(0))], {
    type: "image/png",
  });
}

export function documentForm(kind: string, file: Blob, name = "document.pdf") {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", file, name);
  return form;
}

/** A renter whose dossier meets a listing asking for an ID card and proof of income and one guarantor. */
export async function completeDossier(renter: Renter | Caller) {
  expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
  for (const kind of ["id_card", "proof_of_income"]) {
    const res = await api(renter).me.documents.$post({}, multipart(documentForm(kind, FILES.pdf())));
    expect(res.status, res.text).toBe(201);
  }
  const g = await api(renter).me.guarantors.$post({
    json: { name: "Gina Guarantor", relationship: "mother", incomeAmount: 350000, incomeCurrency: "EUR" },
  });
  expect(g.status, g.text).toBe(201);
  const doc = await api(renter).me.guarantors[":id"].documents.$post(
    { param: { id: g.json.id } },
    multipart(documentForm("proof_of_income", FILES.pdf())),
  );
  expect(doc.status, doc.text).toBe(201);
  return { guarantorId: g.json.id };
}

type ApplicationInput = NonNullable<Parameters<ReturnType<typeof api>["applications"]["$post"]>[0]>["json"];

/** The renter applies to the listing (move-in on the 1st in two months, 12 months, no guarantors unless `extra` says). */
export async function applyTo(renter: Caller, listingId: string, extra: Partial<ApplicationInput> = {}) {
  return api(renter).applications.$post({
    json: {
      listingId,
      moveInDate: futureDate(1),
      durationMonths: 12,
      guarantorIds: [],
      message: "Hello, I'd love to live here.",
      ...extra,
    },
  });
}
