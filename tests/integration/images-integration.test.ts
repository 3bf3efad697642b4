import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, BASE, multipart, type Caller } from "../setup/client";
import { agreementFieldsOf, FURNISHED_ANNEXES, leaseWithTwoRenters, waitForDocument } from "../setup/documents";
import { createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";
import {
  cornersOf,
  decoded,
  jpegWithOrientation,
  PNG_SIGNATURE_ONLY,
  pngDataUrl,
  jpegDeclaring,
  pngDeclaring,
  webpDeclaring,
  pngWithOrientation,
} from "../setup/images";
import { createListing, documentForm } from "../setup/listings";

// issue 12 §3: every image that arrives (listing photos, dossier and guarantor documents, drawn signatures)
// takes one path: upright, within a pixel budget read from its header, decoded at the door.

/** A served file's bytes (GET as `who`); fails the test unless it answers 200. */
async function served(path: string, who?: Caller) {
  const headers: Record<string, string> = who?.token ? { authorization: `Bearer ${who.token}` } : {};
  const res = await exports.default.fetch(new Request(`${BASE}${path}`, { headers }));
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

const photoForm = (bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  return form;
};

describe("images arrive upright and bounded", () => {
  it("a phone photo stored 400×200 with EXIF 'rotate 90°' is served 200×400, upright (listing photo, dossier scan)", async () => {
    const owner = await signUpLandlord("Upright Lettings");
    const { apartmentId } = await createApartment(owner, "U1");
    const { listingId } = await createListing(owner, apartmentId, { status: "published" });
    const photo = await api(owner).listings[":id"].photos.$post(
      { param: { id: listingId } },
      multipart(photoForm(jpegWithOrientation(400, 200, 6), "room.jpg")),
    );
    expect(photo.status, photo.text).toBe(201);
    const bytes = await served(photo.json.url);
    expect([decoded(bytes).width, decoded(bytes).height]).toEqual([200, 400]);
    // Stored top-left red, top-right green, bottom-left blue, bottom-right white; turned 90° clockwise.
    expect(cornersOf(bytes)).toEqual(["blue", "red", "white", "green"]);

    const renter = await signUpRenter();
    const scan = await api(renter).me.documents.$post(
      {},
      multipart(documentForm("id_card", new Blob([pngWithOrientation(400, 200, 8)]), "id.png")),
    );
    expect(scan.status, scan.text).toBe(201);
    const scanBytes = await served(scan.json.url, renter);
    expect([decoded(scanBytes).width, decoded(scanBytes).height]).toEqual([200, 400]);
    expect(cornersOf(scanBytes)).toEqual(["green", "white", "red", "blue"]);
  });

  it("a 12 KB PNG declaring 10000×10000 is refused at once (413) on every upload route, nothing stored", async () => {
    const bomb = await pngDeclaring(10000, 10000);
    const owner = await signUpLandlord("Bomb Lettings");
    const { apartmentId } = await createApartment(owner, "B1");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter();
    const g = await api(renter).me.guarantors.$post({ json: { name: "Gina Guarantor", relationship: "mother" } });
    expect(g.status, g.text).toBe(201);
    const uploads = [
      () => api(owner).listings[":id"].photos.$post({ param: { id: listingId } }, multipart(photoForm(bomb, "x.png"))),
      () => api(renter).me.documents.$post({}, multipart(documentForm("id_card", new Blob([bomb]), "id.png"))),
      () =>
        api(renter).me.guarantors[":id"].documents.$post(
          { param: { id: g.json.id } },
          multipart(documentForm("proof_of_income", new Blob([bomb]), "payslip.png")),
        ),
    ];
    for (const upload of uploads) {
      const started = Date.now();
      const res = await upload();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.status, res.text).toBe(413);
      expect(res.problem.code).toBe("image_too_large");
      expect(res.problem.detail).toContain("This image is 10000 × 10000 pixels (100 megapixels)");
    }
    expect((await env.DOCS.list({ prefix: `orgs/${owner.orgId}/listings/${listingId}/` })).objects).toEqual([]);
    expect((await env.DOCS.list({ prefix: `users/${renter.userId}/` })).objects).toEqual([]);
    expect((await api(renter).me.dossier.$get()).json.documents).toEqual([]);
  });

  it("a JPEG declaring 60000×60000 (baseline or progressive, frame header first or not) and a WebP canvas of 60000² get 413, not 422", async () => {
    const owner = await signUpLandlord("Jpeg Bomb Lettings");
    const { apartmentId } = await createApartment(owner, "J1");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter();
    const bombs: [Uint8Array, string][] = [
      [jpegDeclaring(60000, 60000, 0xc0), "baseline.jpg"],
      [jpegDeclaring(60000, 60000, 0xc0, true), "sof-first.jpg"],
      [jpegDeclaring(60000, 60000, 0xc2), "progressive.jpg"],
      [webpDeclaring(60000, 60000, "VP8X"), "canvas.webp"],
    ];
    for (const [bytes, name] of bombs) {
      const answers = [
        await api(owner).listings[":id"].photos.$post({ param: { id: listingId } }, multipart(photoForm(bytes, name))),
      ];
      // Dossier documents take JPEG and PNG (and PDF, DOCX), not WebP (415 before any image reading).
      if (name.endsWith(".jpg"))
        answers.push(
          await api(renter).me.documents.$post({}, multipart(documentForm("id_card", new Blob([bytes]), name))),
        );
      for (const res of answers) {
        expect(res.status, `${name}: ${res.text}`).toBe(413);
        expect(res.problem.code).toBe("image_too_large");
        expect(res.problem.detail).toContain("This image is 60000 × 60000 pixels (3,600 megapixels)");
      }
    }
    expect((await env.DOCS.list({ prefix: `orgs/${owner.orgId}/listings/${listingId}/` })).objects).toEqual([]);
  });

  it("a signature image is decoded at the door: a bare PNG header (422) or a pixel bomb (413) is refused, and the agreement still signs", async () => {
    const f = await leaseWithTwoRenters("Agence Signature");
    const id = (
      await api(f.owner).leases[":id"].documents.$post({
        param: { id: f.leaseId },
        json: { templateName: "standard-fr-furnished" },
      })
    ).json.document.id;
    const doc = await api(f.owner).documents[":id"].$get({ param: { id } });
    const renters = agreementFieldsOf(doc.json).renters;
    for (const [who, r] of [
      [f.elodie, renters[0]!],
      [f.olena, renters[1]!],
    ] as const)
      expect(
        (
          await api(who).documents[":id"]["my-details"].$put({
            param: { id },
            json: { name: r.name, idNumber: "ID-1", phone: "+33 6 11 22 33 44", address: "1 Rue Neuve, Lyon" },
          })
        ).status,
      ).toBe(200);
    await api(f.owner).documents[":id"].$patch({
      param: { id },
      json: {
        templateFields: { landlord: { address: "1 Place Bellecour, 69002 Lyon" }, annexes: [...FURNISHED_ANNEXES] },
      },
    });
    expect((await api(f.owner).documents[":id"].render.$post({ param: { id } })).status).toBe(202);
    await waitForDocument(id, f.owner, (d) => d.status === "ready");
    expect((await api(f.owner).documents[":id"].send.$post({ param: { id } })).status).toBe(200);
    const sign = (who: Caller, signatureImage: string) =>
      api(who).documents[":id"].sign.$post({
        param: { id },
        json: { signedName: "Me", signatureImage, consent: true },
      });

    const headerOnly = await sign(f.elodie, pngDataUrl(PNG_SIGNATURE_ONLY));
    expect(headerOnly.status, headerOnly.text).toBe(422);
    expect(headerOnly.problem.code).toBe("unreadable_image");
    expect(headerOnly.problem.errors).toEqual([
      { path: "signatureImage", message: expect.stringContaining("cannot be read") },
    ]);
    const bomb = await sign(f.elodie, pngDataUrl(await pngDeclaring(10000, 10000)));
    expect(bomb.status, bomb.text).toBe(413);
    expect(bomb.problem.code).toBe("image_too_large");
    const tooWide = await sign(f.elodie, pngDataUrl(await pngDeclaring(3000, 3000, 256)));
    expect(tooWide.status).toBe(413); // within the byte limit, above the signature budget (2048 × 2048)
    expect((await env.DOCS.list({ prefix: `orgs/${f.owner.orgId}/documents/${id}/signatures/` })).objects).toEqual([]);

    // Real drawings (a sideways PNG among them) sign, and the final PDF renders with them.
    const drawing = pngDataUrl(pngWithOrientation(120, 40, 6));
    expect((await sign(f.elodie, drawing)).status).toBe(201);
    expect((await sign(f.olena, drawing)).status).toBe(201);
    expect((await sign(f.owner, drawing)).status).toBe(201);
    const final = await waitForDocument(id, f.owner, (d) => Boolean(d.signedSha256) || d.status === "failed");
    expect(final.signedSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
