import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PHOTOS_PER_MESSAGE, type RequestDetail } from "../../worker/maintenance/contract";
import { BASE, rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";
import { cornersOf, decoded, jpegWithOrientation } from "../setup/images";
import { createListing } from "../setup/listings";

/**
 * Issue 15 §1/§5 (photos from phones): every photo is stored with a thumbnail (at most 400 px, upright) that
 * threads and lists show, the photo itself opening on click; a photo stored before thumbnails were serves
 * itself as its thumbnail. One limit of photos per message (MAX_PHOTOS_PER_MESSAGE) on a report's uploads,
 * a comment and the vendor page; 413/415 unchanged.
 */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (ch) => ch.charCodeAt(0),
);
const fileForm = (bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  return form;
};

/** A served file's bytes (GET as `who`); fails the test unless it answers 200. */
async function served(path: string, who?: Caller) {
  const headers: Record<string, string> = who?.token ? { authorization: `Bearer ${who.token}` } : {};
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { headers }));
  expect(res.status, path).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

type Photo = { id: string; url: string; thumbUrl: string };
let owner: Landlord;
let renter: Caller;
let apartmentId: string;

beforeAll(async () => {
  owner = await signUpLandlord("Thumbnail Lettings");
  ({ apartmentId } = await createApartment(owner, "T1"));
  ({ renter } = await addRenter(owner, apartmentId));
}, 120_000);

async function report(title: string): Promise<string> {
  const res = await rawCall(
    "POST",
    `/api/apartments/${apartmentId}/maintenance-requests`,
    { category: "plumbing", title, description: "Sous l’évier", urgency: "normal", entryPermission: true },
    renter,
  );
  expect(res.status, res.text).toBe(201);
  return (res.json as { request: { id: string } }).request.id;
}

const upload = (id: string, who: Caller, form: FormData) =>
  rawCall("POST", `/api/maintenance-requests/${id}/photos`, form, who);

describe("thumbnails", () => {
  it("a maintenance photo is stored with an upright thumbnail of at most 400 px, served small", async () => {
    const id = await report("Fuite sous l’évier");
    const form = fileForm(jpegWithOrientation(1200, 800, 6), "leak.jpg");
    form.append("message", "report");
    const res = await upload(id, renter, form);
    expect(res.status, res.text).toBe(201);
    const photo = res.json as Photo;
    const full = await served(photo.url, owner);
    const small = await served(photo.thumbUrl, owner);
    expect([decoded(full).width, decoded(full).height]).toEqual([800, 1200]);
    expect([decoded(small).width, decoded(small).height]).toEqual([267, 400]);
    expect(cornersOf(small)).toEqual(cornersOf(full));
    expect(small.length).toBeLessThan(full.length / 3);
    // The thread lists the same links.
    const detail = (await rawCall("GET", `/api/maintenance-requests/${id}`, undefined, owner)).json as RequestDetail;
    expect(detail.photos[0]!.thumbUrl).toBeTruthy();
    // A photo stored before thumbnails were: its thumbnail link serves the photo itself.
    const [row] = (await env.DB.prepare("SELECT r2_key FROM maintenance_photos WHERE id = ?").bind(photo.id).raw()) as [
      [string],
    ];
    expect(await env.DOCS.head(`${row[0]}.thumb`)).not.toBeNull();
    await env.DOCS.delete(`${row[0]}.thumb`);
    expect(decoded(await served(photo.thumbUrl, owner)).width).toBe(800);
  });

  it("a listing photo has a thumbnail: ?size=thumb on the public link, thumbUrl for staff", async () => {
    const { listingId } = await createListing(owner, apartmentId, { status: "published" });
    const res = await rawCall(
      "POST",
      `/api/listings/${listingId}/photos`,
      fileForm(jpegWithOrientation(1600, 1000, 1), "room.jpg"),
      owner,
    );
    expect(res.status, res.text).toBe(201);
    const { url } = res.json as { url: string };
    const small = await served(`${url}?size=thumb`);
    expect([decoded(small).width, decoded(small).height]).toEqual([400, 250]);
    expect(decoded(await served(url)).width).toBe(1600);
    const staff = await rawCall("GET", `/api/listings/${listingId}`, undefined, owner);
    const [link] = (staff.json as { photos: Photo[] }).photos;
    expect(decoded(await served(link!.thumbUrl, owner)).width).toBe(400);
  });
});

describe(`at most ${MAX_PHOTOS_PER_MESSAGE} photos per message`, () => {
  it("a report's uploads stop at the limit (422), a comment names at most that many, then more may follow", async () => {
    const id = await report("Dégât des eaux");
    const ids: string[] = [];
    for (let i = 0; i < MAX_PHOTOS_PER_MESSAGE; i++) {
      const res = await upload(id, renter, fileForm(PNG, `p${i}.png`));
      expect(res.status, res.text).toBe(201);
      ids.push((res.json as Photo).id);
    }
    const extra = await upload(id, renter, fileForm(PNG, "extra.png"));
    expect([extra.status, extra.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    // Another uploader (the owner) has their own message's worth.
    expect((await upload(id, owner, fileForm(PNG, "owner.png"))).status).toBe(201);

    const tooMany = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/comments`,
      { text: "Trop de photos", photoIds: [...ids, "one-more"] },
      renter,
    );
    expect([tooMany.status, tooMany.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    const sent = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/comments`,
      { text: "Voici", photoIds: ids },
      renter,
    );
    expect(sent.status, sent.text).toBe(201);
    // The photos went with their message: the next one is waited for again.
    expect((await upload(id, renter, fileForm(PNG, "next.png"))).status).toBe(201);
  });

  it("a report's own photos (message=report) are sent with it: a comment's photo is not refused after ten", async () => {
    const id = await report("Radiateur de la chambre froid");
    const forReport = (name: string) => {
      const form = fileForm(PNG, name);
      form.append("message", "report");
      return form;
    };
    for (let i = 0; i < MAX_PHOTOS_PER_MESSAGE; i++)
      expect((await upload(id, renter, forReport(`r${i}.png`))).status).toBe(201);
    const eleventh = await upload(id, renter, forReport("r10.png"));
    expect([eleventh.status, eleventh.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    // Only the reporter adds to the report.
    expect((await upload(id, owner, forReport("owner.png"))).status).toBe(403);

    // The handed case: one more photo with a comment goes through.
    const one = await upload(id, renter, fileForm(PNG, "encore.png"));
    expect(one.status, one.text).toBe(201);
    const sent = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/comments`,
      { text: "Une photo de plus du radiateur", photoIds: [(one.json as Photo).id] },
      renter,
    );
    expect(sent.status, sent.text).toBe(201);

    // A comment's photo that no comment names (its comment failed) shows nowhere; the report shows its ten.
    expect((await upload(id, renter, fileForm(PNG, "orphan.png"))).status).toBe(201);
    const detail = await rawCall("GET", `/api/maintenance-requests/${id}`, undefined, owner);
    const photos = (detail.json as { photos: { commentId: string | null }[] }).photos;
    expect(photos.filter((p) => p.commentId === null)).toHaveLength(MAX_PHOTOS_PER_MESSAGE);
    expect(photos.filter((p) => p.commentId !== null)).toHaveLength(1);
  });

  it("the vendor page has the same limit, and its uploads keep 413 and 415", async () => {
    const id = await report("Serrure bloquée");
    const vendor = await rawCall("POST", "/api/vendors", { name: "Serrurier Dupont", trade: "Serrurier" }, owner);
    expect(vendor.status, vendor.text).toBe(201);
    const assigned = await rawCall(
      "PATCH",
      `/api/maintenance-requests/${id}`,
      { vendorId: (vendor.json as { id: string }).id },
      owner,
    );
    expect(assigned.status, assigned.text).toBe(200);
    const token = (assigned.json as { vendorLink: string }).vendorLink.split("/").pop()!;
    const path = `/api/vendor-link/maintenance-request/photos?token=${token}`;
    for (let i = 0; i < MAX_PHOTOS_PER_MESSAGE; i++) {
      const res = await rawCall("POST", path, fileForm(PNG, `v${i}.png`));
      expect(res.status, res.text).toBe(201);
      expect((res.json as Photo).thumbUrl).toContain("?vendor=");
    }
    const extra = await rawCall("POST", path, fileForm(PNG, "extra.png"));
    expect([extra.status, extra.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    const script = await rawCall("POST", path, fileForm(new TextEncoder().encode("#!/bin/sh\n"), "x.png"));
    expect([script.status, script.problem.code]).toEqual([415, "unsupported_media_type"]);
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(PNG);
    const tooBig = await rawCall("POST", path, fileForm(big, "huge.png"));
    expect([tooBig.status, tooBig.problem.code]).toEqual([413, "too_large"]);
  });
});
