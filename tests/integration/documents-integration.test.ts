import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { retryDelaySeconds } from "../../worker/jobs/email-consumer";
import { consumePdfBatch, consumePdfDeadLetters } from "../../worker/jobs/pdf-consumer";
import { sha256Hex } from "../../worker/lib/ids";
import { expectConsoleError } from "../setup/console";
import {
  agreementFieldsOf,
  download,
  FURNISHED_ANNEXES,
  leaseWithTwoRenters,
  pdfText,
  SIGNATURE,
  waitForDocument,
} from "../setup/documents";
import { api, type ApiClient, type JsonInput, rawCall } from "../setup/client";
import { addMember, BASE, env, mailTo, signUpLandlord, signUpRenter, waitForMail, type Caller } from "../setup/helpers";
import { exports } from "cloudflare:workers";

const create = (
  leaseId: string,
  who: Caller,
  body: JsonInput<ApiClient["leases"][":id"]["documents"]["$post"]> = { templateName: "standard-fr-furnished" },
) => api(who).leases[":id"].documents.$post({ param: { id: leaseId }, json: body });
const render = (id: string, who: Caller) => api(who).documents[":id"].render.$post({ param: { id } });
const sign = (id: string, who: Caller, signedName: string) =>
  api(who).documents[":id"].sign.$post({
    param: { id },
    json: { signedName, signatureImage: SIGNATURE, consent: true },
  });
const ready = (id: string, who: Caller) =>
  waitForDocument(id, who, (d) => d.status === "ready" || d.status === "failed");

/** Renders, completes and sends an agreement, so that it is out for signature. */
async function outForSignature() {
  const f = await leaseWithTwoRenters();
  const created = await create(f.leaseId, f.owner);
  const id = created.json.document.id;
  expect(
    (
      await api(f.elodie).documents[":id"]["my-details"].$put({
        param: { id },
        json: {
          name: "Élodie Dubois",
          idNumber: "FR-123456",
          phone: "+33 6 11 22 33 44",
          address: "8 Rue Sainte-Catherine, 69001 Lyon",
        },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await api(f.olena).documents[":id"]["my-details"].$put({
        param: { id },
        json: {
          name: "Олена Коваленко",
          idNumber: "UA-778899",
          phone: "+380 67 123 4567",
          address: "вул. Хрещатик 1, Київ",
        },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await api(f.owner).documents[":id"].$patch({
        param: { id },
        json: {
          templateFields: { landlord: { address: "1 Place Bellecour, 69002 Lyon" }, annexes: [...FURNISHED_ANNEXES] },
        },
      })
    ).status,
  ).toBe(200);
  expect((await render(id, f.owner)).status).toBe(202);
  expect((await ready(id, f.owner)).status).toBe("ready");
  const sent = await api(f.owner).documents[":id"].send.$post({ param: { id } });
  expect(sent.status, sent.text).toBe(200);
  return { ...f, id };
}

describe("rental agreements", () => {
  it("offer eight templates: standard or early exit, French or English, furnished or not", async () => {
    const renter = await signUpRenter();
    const res = await api(renter)["document-templates"].$get();
    expect(res.status).toBe(200);
    expect(res.json.templates).toHaveLength(8);
    expect(res.json.templates.map((t: { name: string }) => t.name)).toContain("early_exit-fr-furnished");
    expect((await api()["document-templates"].$get()).status).toBe(401);
  });

  it("prefill from the org, property, apartment, lease and renter profiles; the landlord's fields override", async () => {
    const f = await leaseWithTwoRenters("Agence Prefill");
    const res = await create(f.leaseId, f.owner, {
      templateName: "standard-en-furnished",
      templateFields: { freeClauses: ["No pets."], utilities: { waterLimit: "30 m³ per year" } },
    });
    expect(res.status, res.text).toBe(201);
    const fields = agreementFieldsOf(res.json.document);
    expect(res.json.document).toMatchObject({
      status: "draft",
      // The lease is furnished, and so is its template (a mismatch is 422 template_mismatch: legal-identity).
      title: "Furnished residential tenancy agreement",
      templateName: "standard-en-furnished",
      pdfUrl: null,
    });
    expect(fields.landlord.name).toBe("Agence Prefill");
    expect(fields.renters.map((r) => r.name)).toEqual(["Élodie Dubois", "Олена Коваленко"]);
    expect(fields.renters[0]).toMatchObject({
      userId: f.elodie.userId,
      phone: "+33 6 11 22 33 44",
      email: f.elodie.email,
    });
    expect(fields.property).toMatchObject({ address: "12 Rue des Lilas, 69003 Lyon", unit: "2B", roomsCount: 2 });
    // Issue 13 §5: 1 September to 31 August is 12 months (both ends count), not 11.
    expect(fields.lease).toMatchObject({
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      periodMonths: 12,
      kind: "furnished",
    });
    expect(fields.rent).toMatchObject({ amount: 92000, currency: "EUR", paymentDay: 3 });
    expect(fields.deposit).toEqual({ required: true, amount: 92000 });
    expect(fields.freeClauses).toEqual(["No pets."]);
    expect(fields.utilities.waterLimit).toBe("30 m³ per year");
    // What still blocks sending is listed for the form.
    expect(res.json.document.missing.map((m: { path: string }) => m.path)).toEqual(
      expect.arrayContaining(["renters.0.idNumber", "landlord.address"]),
    );
  });

  it("validate input with clear 4xx answers and roles", async () => {
    const f = await leaseWithTwoRenters();
    expect((await create(f.leaseId, f.owner, { templateName: "no-such-template" })).status).toBe(400);
    const bad = await create(f.leaseId, f.owner, {
      templateName: "standard-fr-furnished",
      templateFields: { rent: { amount: -5 }, lease: { startDate: "31/12/2026" } },
    });
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["templateFields.rent.amount", "templateFields.lease.startDate"]),
    );
    const maintenance = await addMember(f.owner, "maintenance");
    expect((await create(f.leaseId, maintenance)).status).toBe(403);
    expect((await create(f.leaseId, f.elodie)).status).toBe(404);
    const doc = (await create(f.leaseId, f.owner)).json.document;
    // Renters cannot be swapped for other accounts, and a renter edits only their own entry.
    const swapped = await api(f.owner).documents[":id"].$patch({
      param: { id: doc.id },
      json: { templateFields: { renters: [{ userId: "someone-else", name: "X" }] } },
    });
    // Issue 11: an id in a body that names no renter of this lease is 422 `unknown_renter` (was 400).
    expect(swapped.status).toBe(422);
    expect(swapped.problem.code).toBe("unknown_renter");
    expect(
      (
        await api(f.elodie).documents[":id"].$patch({
          param: { id: doc.id },
          json: { templateFields: { freeClauses: ["x"] } },
        })
      ).status,
    ).toBe(404);
    const own = await api(f.elodie).documents[":id"]["my-details"].$put({
      param: { id: doc.id },
      json: { name: "Élodie Dubois", idNumber: "FR-1", phone: "", address: "Lyon" },
    });
    expect(own.status, own.text).toBe(200);
    expect(agreementFieldsOf(own.json).renters[0]!.idNumber).toBe("FR-1");
    expect(agreementFieldsOf(own.json).renters[1]!.idNumber).toBe("");
    expect(
      (
        await api(f.elodie).documents[":id"]["my-details"].$put({
          param: { id: doc.id },
          json: { name: "", idNumber: "x", phone: "", address: "" },
        })
      ).status,
    ).toBe(400);
    // Sending before generating, or with missing fields, is refused with the list.
    expect((await api(f.owner).documents[":id"].send.$post({ param: { id: doc.id } })).problem.code).toBe("not_ready");
  });

  it("render on the PDF queue into R2: real PDF, non-ASCII names, page numbers, hash; edits make it a draft again", async () => {
    const f = await leaseWithTwoRenters();
    const doc = (
      await create(f.leaseId, f.owner, {
        templateName: "early_exit-fr-furnished",
        templateFields: {
          freeClauses: Array.from(
            { length: 12 },
            (_, i) =>
              `Clause particulière n°${i + 1} : ${"le locataire s'engage à entretenir le jardin et à ne pas modifier les lieux sans accord écrit. ".repeat(3)}`,
          ),
        },
      })
    ).json.document;
    const queued = await render(doc.id, f.owner);
    expect(queued.status).toBe(202);
    expect(queued.json).toEqual({ status: "rendering" });
    const done = await ready(doc.id, f.owner);
    expect(done.status).toBe("ready");
    expect(done.pdfUrl).toMatch(/^\/files\//);
    const object = await env.DOCS.head(`orgs/${f.owner.orgId}/documents/${doc.id}/1.pdf`);
    expect(object?.httpMetadata?.contentType).toBe("application/pdf");

    const bytes = await download(done.pdfUrl!, f.elodie);
    expect(await sha256Hex(bytes)).toBe(done.sha256);
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Contrat de location meublée avec clause de sortie anticipée");
    expect(text).toContain("Élodie Dubois");
    expect(text).toContain("Олена Коваленко");
    expect(text).toContain("Sortie anticipée");
    expect(text).toContain(`Page 1 / ${pages}`);
    expect(text).toContain(`Page ${pages} / ${pages}`);

    // The other renter and the owner read it too; a stranger's link use answers 404.
    expect((await download(done.pdfUrl!, f.owner)).length).toBe(bytes.length);
    const stranger = await signUpRenter();
    expect((await rawCall("GET", done.pdfUrl!, undefined, stranger)).status).toBe(404);

    const edited = await api(f.owner).documents[":id"].$patch({
      param: { id: doc.id },
      json: { templateFields: { rent: { charges: 4500 } } },
    });
    expect(edited.json).toMatchObject({ status: "draft", pdfUrl: null, sha256: null });
  });

  it("announce rendering → ready live in the apartment room", async () => {
    const f = await leaseWithTwoRenters();
    const { RoomClient } = await import("../setup/room-client");
    const room = await RoomClient.open(f.apartmentId, f.elodie);
    const doc = (await create(f.leaseId, f.owner)).json.document;
    await render(doc.id, f.owner);
    await room.waitFor("document", (fr) => fr.event.documentId === doc.id && fr.event.status === "rendering");
    await room.waitFor("document", (fr) => fr.event.documentId === doc.id && fr.event.status === "ready", 0, 15_000);
    // Who has the document open is part of presence.
    room.send({ type: "viewing", documentId: doc.id });
    const presence = await room.waitFor("presence", (p) =>
      p.online.some((o) => o.userId === f.elodie.userId && (o.viewing ?? []).includes(doc.id)),
    );
    expect(presence.online.find((o) => o.userId === f.elodie.userId)?.side).toBe("renter");
    room.ws.close();
  });

  it("retry with backoff, then the dead-letter queue marks the document failed; retrying renders it", async () => {
    const f = await leaseWithTwoRenters();
    const doc = (await create(f.leaseId, f.owner)).json.document;
    // Put the document in `rendering` for a revision no real message names, then feed the consumer ourselves.
    await env.DB.prepare("update documents set status = 'rendering', revision = 7 where id = ?").bind(doc.id).run();
    const job = { kind: "agreement", documentId: doc.id, revision: 7 };
    const throwing = { agreement: vi.fn(async () => Promise.reject(new Error("renderer exploded"))) };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const batch = createMessageBatch<unknown>("rentline-pdf", [
      { id: "pdf-1", timestamp: Date.now(), attempts: 3, body: job },
    ]);
    const ctx = createExecutionContext();
    await consumePdfBatch(batch, env, throwing);
    const result = await getQueueResult(batch, ctx);
    warn.mockRestore();
    expect(throwing.agreement).toHaveBeenCalledOnce();
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["pdf-1"]);
    expect(retryDelaySeconds(3)).toBe(120); // exponential backoff: 30 s, 60 s, 120 s, … capped at an hour
    expect((await api(f.owner).documents[":id"].$get({ param: { id: doc.id } })).json.status).toBe("rendering");

    expectConsoleError("pdf job dead-lettered");
    const dead = createMessageBatch<unknown>("rentline-pdf-dlq", [
      { id: "pdf-1", timestamp: Date.now(), attempts: 1, body: job },
    ]);
    await consumePdfDeadLetters(dead, env);
    const failed = await api(f.owner).documents[":id"].$get({ param: { id: doc.id } });
    expect(failed.json).toMatchObject({
      status: "failed",
      failureReason: expect.stringContaining("could not be generated"),
    });

    expect((await render(doc.id, f.owner)).json.status).toBe("rendering");
    const done = await ready(doc.id, f.owner);
    expect(done).toMatchObject({ status: "ready", failureReason: null });
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A late message for the old revision changes nothing.
    const late = createMessageBatch<unknown>("rentline-pdf", [
      { id: "pdf-2", timestamp: Date.now(), attempts: 1, body: job },
    ]);
    await consumePdfBatch(late, env);
    expect((await api(f.owner).documents[":id"].$get({ param: { id: doc.id } })).json.sha256).toBe(done.sha256);
  });

  it("a typed signature name that no PDF font can print is refused at the door (400 unprintable_text)", async () => {
    const f = await outForSignature();
    const refused = await sign(f.id, f.elodie, "Élodie 𓀀 Dubois");
    expect(refused.status).toBe(400);
    expect(refused.problem).toMatchObject({
      code: "unprintable_text",
      detail: expect.stringContaining("“𓀀” (U+13000)"),
    });
    const signers = async () => (await api(f.elodie).documents[":id"].$get({ param: { id: f.id } })).json.signers;
    expect((await signers()).every((x) => x.signedAt === null)).toBe(true);
    // Typed with a combining accent: stored as the precomposed name.
    expect((await sign(f.id, f.elodie, "E\u0301lodie Dubois")).status).toBe(201);
    expect((await signers()).find((x) => x.userId === f.elodie.userId)?.signedName).toBe("Élodie Dubois");
  });

  it("sign: renters first, each once (20 racing submissions → one), then the landlord; the final PDF has a certificate", async () => {
    const f = await outForSignature();
    for (const r of [f.elodie, f.olena])
      expect((await waitForMail(r.email, "agreement_ready_to_sign")).text).toContain(`/documents/${f.id}`);
    expect(
      (
        await api(f.owner).documents[":id"].$patch({
          param: { id: f.id },
          json: { templateFields: { freeClauses: ["late"] } },
        })
      ).status,
    ).toBe(409);

    const early = await sign(f.id, f.owner, "Lena Landlord");
    expect(early.status).toBe(409);
    expect(early.problem.code).toBe("renters_first");
    const noConsent = await rawCall(
      "POST",
      `/api/documents/${f.id}/sign`,
      { signedName: "Élodie Dubois", signatureImage: SIGNATURE, consent: false },
      f.elodie,
    );
    expect(noConsent.status).toBe(400);
    const notPng = await api(f.elodie).documents[":id"].sign.$post({
      param: { id: f.id },
      json: {
        signedName: "Élodie Dubois",
        signatureImage: `data:image/png;base64,${btoa("MZ this is an exe")}`,
        consent: true,
      },
    });
    expect(notPng.status).toBe(400);

    const racing = await Promise.all(Array.from({ length: 20 }, () => sign(f.id, f.elodie, "Élodie Dubois")));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
    expect(racing.filter((r) => r.status === 409)).toHaveLength(19);
    const rows = await env.DB.prepare("select count(*) as n from signatures where document_id = ?")
      .bind(f.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(1);
    const pngs = await env.DOCS.list({ prefix: `orgs/${f.owner.orgId}/documents/${f.id}/signatures/` });
    expect(pngs.objects).toHaveLength(1); // the losers' images were removed

    expect((await sign(f.id, f.owner, "Lena Landlord")).problem.code).toBe("renters_first");
    const olena = await sign(f.id, f.olena, "Олена Коваленко");
    expect(olena.status, olena.text).toBe(201);
    expect(olena.json.signers.filter((s: { signedAt: string | null }) => s.signedAt)).toHaveLength(2);
    const stranger = await signUpRenter();
    expect((await sign(f.id, stranger, "Nobody")).status).toBe(404);

    const countersigned = await api({
      ...f.owner,
      headers: { "cf-connecting-ip": "198.51.100.7", "user-agent": "Rentline-Test/1.0" },
    }).documents[":id"].sign.$post({
      param: { id: f.id },
      json: { signedName: "Lena Landlord", signatureImage: SIGNATURE, consent: true },
    });
    expect(countersigned.status, countersigned.text).toBe(201);
    expect(countersigned.json.status).toBe("signed");
    const final = await waitForDocument(f.id, f.owner, (d) => Boolean(d.signedSha256));
    expect(final.pdfUrl).not.toBe(final.unsignedPdfUrl);
    expect(await env.DOCS.head(`orgs/${f.owner.orgId}/documents/${f.id}/2.pdf`)).not.toBeNull();

    const bytes = await download(final.pdfUrl!, f.olena);
    expect(await sha256Hex(bytes)).toBe(final.signedSha256);
    const unsigned = await pdfText(await download(final.unsignedPdfUrl!, f.olena));
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBe(unsigned.pages + 2);
    expect(text).toContain("Certificat de signature");
    expect(text).toContain(final.sha256);
    expect(text).toContain("198.51.100.7");
    expect(text).toContain("Rentline-Test/1.0");
    expect(text).toContain("Олена Коваленко");

    // Fully signed: immutable, and every party gets the "fully signed" mail once.
    expect(
      (
        await api(f.owner).documents[":id"].$patch({
          param: { id: f.id },
          json: { templateFields: { freeClauses: ["late"] } },
        })
      ).status,
    ).toBe(409);
    expect((await render(f.id, f.owner)).status).toBe(409);
    expect((await sign(f.id, f.olena, "Again")).status).toBe(409);
    for (const email of [f.elodie.email, f.olena.email, f.owner.email]) {
      await waitForMail(email, "agreement_signed");
      expect((await mailTo(email)).filter((m) => m.template === "agreement_signed")).toHaveLength(1);
    }
    expect(
      (await api(f.olena).me.agreements.$get()).json.documents.map((d: { id: string; status: string }) => [
        d.id,
        d.status,
      ]),
    ).toEqual([[f.id, "signed"]]);

    // Duplicate for renewal: same terms, no dates, no signatures, a draft.
    const copy = await api(f.owner).documents[":id"].duplicate.$post({ param: { id: f.id } });
    expect(copy.status).toBe(201);
    expect(copy.json.document).toMatchObject({ status: "draft", renewedFromId: f.id, signedAt: null, pdfUrl: null });
    expect(copy.json.document.templateFields.lease).toMatchObject({ startDate: "", endDate: "" });
    expect(agreementFieldsOf(copy.json.document).rent.amount).toBe(92000);
    expect(copy.json.document.signers.every((s: { signedAt: string | null }) => s.signedAt === null)).toBe(true);

    // /verify: by hash and by file; the unsigned PDF is "not signed"; anything else unknown.
    const byHash = await api().verify.$post({ json: { sha256: final.signedSha256!.toUpperCase() } });
    expect(byHash.json).toMatchObject({
      valid: true,
      document: { id: f.id },
      signers: expect.arrayContaining([expect.objectContaining({ name: "Олена Коваленко", side: "renter" })]),
    });
    expect(byHash.json.signers).toHaveLength(3);
    const form = new FormData();
    form.append("file", new File([bytes], "agreement.pdf", { type: "application/pdf" }));
    const byFile = await exports.default.fetch(new Request(`${BASE}/api/verify`, { method: "POST", body: form }));
    expect(await byFile.json()).toMatchObject({ valid: true, sha256: final.signedSha256 });
    expect((await api().verify.$post({ json: { sha256: final.sha256! } })).json).toMatchObject({
      valid: false,
      reason: "not_signed",
    });
    const altered = bytes.slice();
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 1;
    const alteredForm = new FormData();
    alteredForm.append("file", new File([altered], "agreement.pdf"));
    expect(
      await (
        await exports.default.fetch(new Request(`${BASE}/api/verify`, { method: "POST", body: alteredForm }))
      ).json(),
    ).toMatchObject({ valid: false, reason: "unknown" });
    expect((await api().verify.$post({ json: { sha256: "not-a-hash" } })).status).toBe(400);
    const exe = new FormData();
    exe.append("file", new File([new TextEncoder().encode("MZ\x90\x00 executable")], "agreement.pdf"));
    expect((await exports.default.fetch(new Request(`${BASE}/api/verify`, { method: "POST", body: exe }))).status).toBe(
      400,
    );
  });

  it("attach each renter's ID and income documents from their dossier, readable by the lease's parties only", async () => {
    const f = await leaseWithTwoRenters();
    const doc = (await create(f.leaseId, f.owner)).json.document;
    const form = new FormData();
    form.append("kind", "id_card");
    form.append(
      "file",
      new File([`%PDF-1.4\n${"x".repeat(700)}\n%%EOF\n`], "carte-identite.pdf", { type: "application/pdf" }),
    );
    const uploaded = await exports.default.fetch(
      new Request(`${BASE}/api/me/documents`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${f.elodie.token}` },
      }),
    );
    expect(uploaded.status).toBe(201);
    const view = await api(f.owner).documents[":id"].$get({ param: { id: doc.id } });
    expect(view.json.attachments).toEqual([
      {
        userId: f.elodie.userId,
        kind: "id_card",
        name: "carte-identite.pdf",
        url: expect.stringMatching(/^\/files\//),
      },
    ]);
    expect((await rawCall("GET", view.json.attachments[0]!.url, undefined, f.owner)).status).toBe(200);
    expect(
      (await rawCall("GET", view.json.attachments[0]!.url, undefined, await signUpLandlord("Nosy Org"))).status,
    ).toBe(404);
  });

  it("list per apartment (landlord: all; renter: their lease's) and refuse maintenance countersigning", async () => {
    const f = await outForSignature();
    const other = await signUpLandlord("Other Org");
    expect(
      (await api(f.owner).apartments[":id"].documents.$get({ param: { id: f.apartmentId } })).json.documents.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual([f.id]);
    expect(
      (await api(f.elodie).apartments[":id"].documents.$get({ param: { id: f.apartmentId } })).json.documents.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual([f.id]);
    expect((await api(other).apartments[":id"].documents.$get({ param: { id: f.apartmentId } })).status).toBe(404);
    expect((await api(other).documents[":id"].$get({ param: { id: f.id } })).status).toBe(404);
    await sign(f.id, f.elodie, "Élodie Dubois");
    await sign(f.id, f.olena, "Олена Коваленко");
    const maintenance = await addMember(f.owner, "maintenance");
    expect((await sign(f.id, maintenance, "Max Maintenance")).status).toBe(403);
    const manager = await addMember(f.owner, "manager");
    expect((await sign(f.id, manager, "Max Manager")).status).toBe(201);
  });
});
