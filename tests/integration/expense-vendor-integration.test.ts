import { describe, expect, it } from "vitest";
import { MAX_PHOTOS_PER_MESSAGE } from "../../worker/maintenance/contract";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";
import { api, multipart, rawCall, type Caller } from "../setup/client";
import { fileForm, insertRequestWithCosts, insertVendor, postExpense } from "../setup/expenses";
import { addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 15 §5–6, the tester's gaps: an expense names one of the org's own vendors (another org's or an
 * unknown vendor → 404 and nothing written); an expense from a request's logged costs takes the request's
 * vendor, and the list names the vendor and the request in its one round trip; a PDF receipt is stored; a
 * comment carries at most MAX_PHOTOS_PER_MESSAGE photos (422 `too_many_photos_per_message`, translated,
 * nothing written).
 */

/** A small, well-formed PDF (one empty A4 page, a cross-reference table with the right offsets). */
function minimalPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const countOf = async (sql: string, ...binds: string[]) =>
  (await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>())!.n;

describe("an expense's vendor", () => {
  it("is one of the org's vendors: another org's or an unknown one → 404, nothing written", async () => {
    const owner = await signUpLandlord("Gestion Ardoise");
    const { propertyId } = await createApartment(owner, "A1");
    const mine = await insertVendor(owner.orgId, "Plomberie Martin");
    const foreign = await signUpLandlord("Autre Agence");
    const theirs = await insertVendor(foreign.orgId, "Électricité Durand");

    for (const vendorId of [theirs, "no-such-vendor"]) {
      const res = await postExpense(owner, { propertyId, amount: 12000, vendorId });
      expect([res.status, res.problem.code], vendorId).toEqual([404, "not_found"]);
    }
    expect(await countOf("select count(*) as n from expenses where org_id = ?", owner.orgId)).toBe(0);

    const ok = await postExpense(owner, { propertyId, amount: 12000, vendorId: mine });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json).toMatchObject({ vendorId: mine, amount: 12000 });
    const list = await api(owner).expenses.$get({ query: { propertyId } });
    expect(list.headers.get("x-d1-round-trips")).toBe("1");
    expect(list.json.results).toMatchObject([{ vendorId: mine, vendorName: "Plomberie Martin" }]);
    // The form's vendors: the org's own, never another org's.
    expect(list.json.property?.vendors).toEqual([{ id: mine, name: "Plomberie Martin", trade: "plumbing" }]);
  });

  it("from a request's logged costs: the request's vendor; the list names the vendor and the request", async () => {
    const owner = await signUpLandlord("Gestion Ardoise");
    const { propertyId, apartmentId } = await createApartment(owner, "B2");
    const vendorId = await insertVendor(owner.orgId, "Plomberie Martin");
    const requestId = await insertRequestWithCosts(owner.orgId, apartmentId, owner.userId, [9000, 2550], vendorId);
    const res = await postExpense(owner, { propertyId, maintenanceRequestId: requestId });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ vendorId, maintenanceRequestId: requestId, amount: 11550 });
    // A plain expense, without vendor or request, lists nulls.
    expect((await postExpense(owner, { propertyId, amount: 500, incurredOn: "2026-10-01" })).status).toBe(201);

    const list = await api(owner).expenses.$get({ query: { propertyId } });
    expect(list.status, list.text).toBe(200);
    expect(list.headers.get("x-d1-round-trips")).toBe("1");
    expect(
      list.json.results.map((e) => [e.vendorId, e.vendorName, e.maintenanceRequestId, e.maintenanceRequestTitle]),
    ).toEqual([
      [vendorId, "Plomberie Martin", requestId, "Fuite sous l'évier"],
      [null, null, null, null],
    ]);
  });
});

describe("a PDF receipt", () => {
  it("a small real PDF is accepted, stored in R2 byte for byte and served back", async () => {
    const owner = await signUpLandlord("Gestion Ardoise");
    const { propertyId } = await createApartment(owner, "C3");
    const expense = (await postExpense(owner, { propertyId, amount: 4200 })).json as { id: string };
    const pdf = minimalPdf();
    const res = await api(owner).expenses[":id"].receipt.$post(
      { param: { id: expense.id } },
      multipart(fileForm(new Blob([pdf], { type: "application/pdf" }), "facture-plombier.pdf")),
    );
    // The receipt route answers 200 with the updated expense (the expense itself was created by POST /expenses: 201).
    expect(res.status, res.text).toBe(200);
    expect(res.json.receipt).toMatchObject({ type: "application/pdf", name: "facture-plombier.pdf", size: pdf.length });
    const row = await env.DB.prepare("select receipt_key as k from expenses where id = ?")
      .bind(expense.id)
      .first<{ k: string }>();
    const stored = await env.DOCS.get(row!.k);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(pdf);
    const served = await rawCall("GET", `/api/expenses/${expense.id}/receipt`, undefined, owner);
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "application/pdf"]);
    expect(served.text.startsWith("%PDF-")).toBe(true);
  });
});

describe(`at most ${MAX_PHOTOS_PER_MESSAGE} photos per comment`, () => {
  const PNG = Uint8Array.from(
    atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
    (ch) => ch.charCodeAt(0),
  );
  const upload = async (id: string, who: Caller) => {
    const res = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/photos`,
      fileForm(new Blob([PNG]), "p.png"),
      who,
    );
    expect(res.status, res.text).toBe(201);
    return (res.json as { id: string }).id;
  };

  it("one more than the limit → 422 too_many_photos_per_message in the caller's language, nothing written", async () => {
    const owner = await signUpLandlord("Gestion Ardoise");
    const { apartmentId } = await createApartment(owner, "D4");
    const { renter } = await addRenter(owner, apartmentId);
    const reported = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      { category: "plumbing", title: "Fuite", description: "Sous l’évier", urgency: "normal", entryPermission: true },
      renter,
    );
    const id = (reported.json as { request: { id: string } }).request.id;
    const ids: string[] = [];
    for (let i = 0; i < MAX_PHOTOS_PER_MESSAGE; i++) ids.push(await upload(id, renter));
    // An eleventh upload waiting for the same message is refused the same way.
    const extra = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/photos`,
      fileForm(new Blob([PNG]), "x.png"),
      renter,
    );
    expect([extra.status, extra.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    ids.push(await upload(id, owner)); // the owner's own photo: eleven real photos of the request

    const comments = () => countOf("select count(*) as n from maintenance_comments where request_id = ?", id);
    const attached = () =>
      countOf("select count(*) as n from maintenance_photos where request_id = ? and comment_id is not null", id);
    const before = await comments();
    const tooMany = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/comments`,
      { text: "Voici toutes les photos", photoIds: ids },
      renter,
    );
    expect([tooMany.status, tooMany.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    expect(tooMany.problem.errors?.map((e) => e.path)).toEqual(["photoIds"]);
    expect(tooMany.problem.title).toBe(SERVER_MESSAGES.en.problems.too_many_photos_per_message);
    expect(await comments()).toBe(before);
    expect(await attached()).toBe(0);

    const sent = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/comments`,
      { text: "Voici", photoIds: ids.slice(0, MAX_PHOTOS_PER_MESSAGE) },
      renter,
    );
    expect(sent.status, sent.text).toBe(201);
    expect(await attached()).toBe(MAX_PHOTOS_PER_MESSAGE);
  });

  it("the sentence is in the caller's language (French)", async () => {
    const owner = await signUpLandlord("Gestion Ardoise");
    const { apartmentId } = await createApartment(owner, "E5");
    const reported = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      {
        category: "heating",
        title: "Chaudière",
        description: "Plus d’eau chaude",
        urgency: "normal",
        entryPermission: true,
      },
      owner,
    );
    expect(reported.status, reported.text).toBe(201);
    const id = (reported.json as { request: { id: string } }).request.id;
    const photoIds = Array.from({ length: MAX_PHOTOS_PER_MESSAGE + 1 }, (_, i) => `photo-${i}`);
    const french = { ...owner, headers: { "accept-language": "fr-FR,fr;q=0.9" } };
    const res = await rawCall("POST", `/api/maintenance-requests/${id}/comments`, { text: "Photos", photoIds }, french);
    expect([res.status, res.problem.code]).toEqual([422, "too_many_photos_per_message"]);
    expect(res.problem.detail).toBe(SERVER_MESSAGES.fr.problems.too_many_photos_per_message);
  });
});
