import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, multipart, rawCall } from "../setup/client";
import { BASE, signUpLandlord, signUpRenter } from "../setup/helpers";
import { documentForm, FILES, pngOf, PROFILE } from "../setup/listings";
import { exports } from "cloudflare:workers";

/** The renter's dossier: profile, documents streamed into R2 with content checks, guarantors. */
describe("dossier", () => {
  it("profile: the dossier fields round-trip, and the lease profile (without them) keeps them", async () => {
    const renter = await signUpRenter();
    const saved = await api(renter).me.profile.$put({ json: PROFILE });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.profile).toMatchObject({
      nationality: "French",
      education: "Master's student",
      budgetAmount: 80000,
      budgetCurrency: "EUR",
    });
    const { nationality: _, education: __, budgetAmount: ___, budgetCurrency: ____, ...leaseOnly } = PROFILE;
    expect((await api(renter).me.profile.$put({ json: { ...leaseOnly, phone: "+33 7 00 00 00 00" } })).status).toBe(
      200,
    );
    const read = await api(renter).me.profile.$get();
    expect(read.json.profile).toMatchObject({ phone: "+33 7 00 00 00 00", nationality: "French", budgetAmount: 80000 });
    const bad = await api(renter).me.profile.$put({ json: { ...PROFILE, budgetCurrency: "euro" } });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors![0]!.path).toBe("budgetCurrency");
  });

  it("documents: a PDF is stored under the user's key and served back through its signed link to its owner only", async () => {
    const renter = await signUpRenter();
    const pdf = FILES.pdf();
    const res = await api(renter).me.documents.$post({}, multipart(documentForm("id_card", pdf, "passport.pdf")));
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      kind: "id_card",
      name: "passport.pdf",
      contentType: "application/pdf",
      size: pdf.size,
      guarantorId: null,
    });
    const object = await env.DOCS.head(`users/${renter.userId}/documents/${res.json.id}`);
    expect(object?.size).toBe(pdf.size);
    const download = await rawCall("GET", res.json.url, undefined, renter);
    expect(download.status).toBe(200);
    expect(download.text).toBe(await pdf.text());
    const other = await signUpRenter();
    expect((await rawCall("GET", res.json.url, undefined, other)).status).toBe(404);
    const dossier = await api(renter).me.dossier.$get();
    expect(dossier.json.documents.map((d: { id: string }) => d.id)).toEqual([res.json.id]);
    expect((await api(other).me.documents[":id"].$delete({ param: { id: res.json.id } })).status).toBe(404);
    expect((await api(renter).me.documents[":id"].$delete({ param: { id: res.json.id } })).status).toBe(204);
    expect(await env.DOCS.head(`users/${renter.userId}/documents/${res.json.id}`)).toBeNull();
  });

  it("documents: an executable renamed to .pdf is refused (415) and nothing is stored", async () => {
    const renter = await signUpRenter();
    const res = await api(renter).me.documents.$post(
      {},
      multipart(documentForm("id_card", FILES.exe(), "passport.pdf")),
    );
    expect(res.status, res.text).toBe(415);
    expect(res.problem.code).toBe("unsupported_media_type");
    expect((await env.DOCS.list({ prefix: `users/${renter.userId}/` })).objects).toEqual([]);
    expect((await api(renter).me.dossier.$get()).json.documents).toEqual([]);
    // A bad kind is refused after the upload, and its object removed.
    const badKind = await api(renter).me.documents.$post({}, multipart(documentForm("selfie", FILES.pdf())));
    expect(badKind.status).toBe(400);
    expect(badKind.problem.errors![0]!.path).toBe("kind");
    expect((await env.DOCS.list({ prefix: `users/${renter.userId}/` })).objects).toEqual([]);
  });

  it("documents: a body announced over 100 MB is refused before it is read", async () => {
    const renter = await signUpRenter();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 10_000) return controller.close();
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/me/documents`, {
        method: "POST",
        body,
        headers: {
          authorization: `Bearer ${renter.token}`,
          "content-type": "multipart/form-data; boundary=xyz",
          "content-length": String(150 * 1024 * 1024),
          "cf-connecting-ip": "203.0.113.77",
        },
        // @ts-expect-error workerd wants duplex for streamed request bodies
        duplex: "half",
      }),
    );
    expect(res.status).toBe(413);
    expect((await res.json<{ code: string }>()).code).toBe("too_large");
    // Only what the runtime buffers ahead was pulled, never the whole 150 MB.
    expect(pulled).toBeLessThan(50);
  });

  it("documents: a streamed body without Content-Length is counted and cut at the limit; big files go to R2 in parts", async () => {
    const renter = await signUpRenter();
    const boundary = "rentline-boundary";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
    );
    const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
    const streamOf = (bytes: number) => {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(head);
        },
        pull(c) {
          if (sent >= bytes) {
            c.enqueue(tail);
            return c.close();
          }
          const n = Math.min(1024 * 1024, bytes - sent);
          sent += n;
          c.enqueue(new Uint8Array(n).fill(0x41));
        },
      });
    };
    const post = (bytes: number) =>
      exports.default.fetch(
        new Request(`${BASE}/api/me/documents`, {
          method: "POST",
          body: streamOf(bytes),
          // workerd wants duplex for streamed request bodies; its RequestInit type does not list it.
          ...({ duplex: "half" } as object),
          headers: {
            authorization: `Bearer ${renter.token}`,
            "content-type": `multipart/form-data; boundary=${boundary}`,
            "cf-connecting-ip": "203.0.113.78",
          },
        }),
      );
    // 20 MB: three R2 parts (8 + 8 + 4 MB), read back whole.
    const big = await post(20 * 1024 * 1024);
    expect(big.status, await big.clone().text()).toBe(201);
    const doc = await big.json<{ id: string; size: number }>();
    expect(doc.size).toBe(20 * 1024 * 1024 + 9);
    const object = await env.DOCS.get(`users/${renter.userId}/documents/${doc.id}`);
    expect(object?.size).toBe(doc.size);
    await object?.body.cancel();
    // Over 100 MB without a Content-Length: refused once the count passes the limit, nothing left behind.
    const before = (await env.DOCS.list({ prefix: `users/${renter.userId}/` })).objects.length;
    const over = await post(101 * 1024 * 1024);
    expect(over.status).toBe(413);
    expect((await env.DOCS.list({ prefix: `users/${renter.userId}/` })).objects.length).toBe(before);
  }, 120_000);

  it("documents: images are downscaled and re-encoded", async () => {
    const renter = await signUpRenter();
    const res = await api(renter).me.documents.$post(
      {},
      multipart(documentForm("id_card", await pngOf(3000, 40), "scan.png")),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.json.contentType).toBe("image/png");
    const stored = new Uint8Array(
      await (await env.DOCS.get(`users/${renter.userId}/documents/${res.json.id}`))!.arrayBuffer(),
    );
    const view = new DataView(stored.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([2000, 27]);
  });

  it("guarantors: added with their own documents, at most 50, removed with their files; other users get 404", async () => {
    const renter = await signUpRenter();
    const g = await api(renter).me.guarantors.$post({
      json: {
        name: "Gina Guarantor",
        relationship: "mother",
        email: "gina@example.com",
        incomeAmount: 350000,
        incomeCurrency: "EUR",
      },
    });
    expect(g.status, g.text).toBe(201);
    const doc = await api(renter).me.guarantors[":id"].documents.$post(
      { param: { id: g.json.id } },
      multipart(documentForm("proof_of_income", FILES.pdf())),
    );
    expect(doc.status, doc.text).toBe(201);
    expect(doc.json.guarantorId).toBe(g.json.id);
    const other = await signUpRenter();
    expect(
      (
        await api(other).me.guarantors[":id"].documents.$post(
          { param: { id: g.json.id } },
          multipart(documentForm("id_card", FILES.pdf())),
        )
      ).status,
    ).toBe(404);
    expect((await api(other).me.guarantors[":id"].$delete({ param: { id: g.json.id } })).status).toBe(404);
    const list = await api(renter).me.guarantors.$get();
    expect(list.json.results).toHaveLength(1);
    expect(list.json.results[0]!.documents.map((d: { id: string }) => d.id)).toEqual([doc.json.id]);
    expect((await api(other).me.guarantors.$get()).json.results).toEqual([]);

    for (let i = 1; i < 50; i++)
      expect(
        (await api(renter).me.guarantors.$post({ json: { name: `Guarantor ${i}`, relationship: "friend" } })).status,
      ).toBe(201);
    const fiftyFirst = await api(renter).me.guarantors.$post({
      json: { name: "One too many", relationship: "friend" },
    });
    expect(fiftyFirst.status).toBe(409);
    expect(fiftyFirst.problem.code).toBe("too_many_guarantors");

    expect((await api(renter).me.guarantors[":id"].$delete({ param: { id: g.json.id } })).status).toBe(204);
    expect(await env.DOCS.head(`users/${renter.userId}/documents/${doc.json.id}`)).toBeNull();
    expect((await api(renter).me.guarantors.$get()).json.results).toHaveLength(49);
  });

  it("a landlord account can build a dossier too; JSON sent to an upload route is refused with 415", async () => {
    const owner = await signUpLandlord();
    const res = await rawCall("POST", "/api/me/documents", { kind: "id_card" }, owner);
    expect(res.status).toBe(415);
  });
});
