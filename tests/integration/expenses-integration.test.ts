import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, BASE, multipart, rawCall, type Caller } from "../setup/client";
import type { RequestDetail } from "../../worker/maintenance/contract";
import { pageLines, pdfText } from "../setup/documents";
import { fileForm, insertRequestWithCosts, insertVendor, postExpense, recordExpense } from "../setup/expenses";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";
import { FILES, pngOf } from "../setup/listings";

/**
 * Issue 15 §6–7: expenses (record, validate, receipts, from a maintenance request's logged costs) and the owner
 * statement (JSON, CSV, PDF on the queue); who may (owners and managers) and who may not (maintenance 403,
 * renters 403 `no_org`, another org 404). The statement's totals over random entries:
 * statement-property-integration.
 */

async function world() {
  const owner = await signUpLandlord("Gestion Lumière");
  const { propertyId, apartmentId } = await createApartment(owner, "A1");
  return { owner, propertyId, apartmentId };
}

describe("recording expenses", () => {
  it("owners and managers record one in the org's currency; the list filters by property and days", async () => {
    const { owner, propertyId, apartmentId } = await world();
    const manager = await addMember(owner, "manager");
    const other = await createApartment(owner, "B1");
    const res = await api(manager).expenses.$post({
      json: {
        propertyId,
        apartmentId,
        category: "property_tax",
        amount: 123456,
        incurredOn: "2026-10-15",
        note: "  Taxe foncière 2026  ",
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      propertyId,
      apartmentId,
      category: "property_tax",
      amount: 123456,
      currency: "EUR",
      incurredOn: "2026-10-15",
      note: "Taxe foncière 2026",
      receipt: null,
      createdBy: manager.userId,
    });
    await recordExpense(owner, { propertyId, incurredOn: "2026-09-30", category: "insurance", amount: 30000 });
    await recordExpense(owner, { propertyId: other.propertyId, incurredOn: "2026-10-01", amount: 500 });

    const list = await api(owner).expenses.$get({ query: { propertyId, from: "2026-10-01", to: "2026-10-31" } });
    expect(list.status, list.text).toBe(200);
    expect(list.headers.get("x-d1-round-trips")).toBe("1");
    expect(list.json.results.map((e) => e.amount)).toEqual([123456]);
    // With a property, the list names it (its apartments and the org's currency, for the form); no property, none.
    expect(list.json.property).toMatchObject({
      id: propertyId,
      currency: "EUR",
      apartments: [{ id: apartmentId, unitNumber: "A1" }],
    });
    const unknown = await rawCall("GET", "/api/expenses?propertyId=no-such-property", undefined, owner);
    expect([unknown.status, unknown.problem.code]).toEqual([404, "not_found"]);
    const all = await api(owner).expenses.$get({ query: {} });
    expect(all.json.property).toBeNull();
    expect(all.json.total).toBe(3);
    expect(all.json.results.map((e) => e.incurredOn)).toEqual(["2026-10-15", "2026-10-01", "2026-09-30"]);
  });

  it("bad input answers a problem with a stable code and writes nothing", async () => {
    const { owner, propertyId } = await world();
    const other = await createApartment(owner, "B1");
    const cases: [Record<string, unknown>, number, string, string?][] = [
      [{ propertyId, amount: 100, category: "champagne" }, 400, "invalid_input", "category"],
      [{ propertyId, amount: 0 }, 400, "invalid_input", "amount"],
      [{ propertyId, amount: -5 }, 400, "invalid_input", "amount"],
      [{ propertyId, amount: 10.5 }, 400, "invalid_input", "amount"],
      [{ propertyId, amount: "100" }, 400, "invalid_input", "amount"],
      [{ propertyId }, 400, "invalid_input", "amount"],
      [{ propertyId, amount: 100, incurredOn: "2026-02-30" }, 400, "invalid_input", "incurredOn"],
      [{ propertyId, amount: 100, incurredOn: "1850-01-01" }, 422, "date_out_of_range", "incurredOn"],
      [{ propertyId, amount: 100, incurredOn: "2099-01-01" }, 422, "incurred_in_future", "incurredOn"],
      [{ propertyId, amount: 100, note: "x".repeat(501) }, 400, "invalid_input", "note"],
      [{ propertyId, amount: 100, currency: "USD" }, 400, "invalid_input"],
      [{ propertyId, amount: 100, apartmentId: other.apartmentId }, 422, "apartment_not_in_property", "apartmentId"],
      [{ propertyId: "no-such-property", amount: 100 }, 404, "not_found"],
      [{ propertyId, amount: 100, vendorId: "no-such-vendor" }, 404, "not_found"],
      [{ propertyId, maintenanceRequestId: "no-such-request" }, 404, "not_found"],
    ];
    for (const [body, status, code, path] of cases) {
      const res = await postExpense(owner, body);
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(status);
      expect(res.problem.code).toBe(code);
      if (path) expect(res.problem.errors?.map((e) => e.path)).toContain(path);
    }
    const bad = await rawCall("GET", `/api/expenses?from=2026-13-01`, undefined, owner);
    expect([bad.status, bad.problem.code]).toEqual([400, "invalid_input"]);
    expect((await api(owner).expenses.$get({ query: {} })).json.total).toBe(0);
  });

  it("maintenance members and renters never reach expenses or statements; another org gets 404", async () => {
    const { owner, propertyId, apartmentId } = await world();
    const maintenance = await addMember(owner, "maintenance");
    const { renter } = await addRenter(owner, apartmentId);
    const foreign = await signUpLandlord("Autre Agence");
    const expense = await recordExpense(owner, { propertyId, amount: 700 });
    const calls: [string, string, unknown?][] = [
      ["POST", "/api/expenses", { propertyId, category: "other", amount: 1, incurredOn: "2026-10-01" }],
      ["GET", "/api/expenses"],
      ["GET", `/api/expenses/${expense.id}/receipt`],
      ["POST", `/api/expenses/${expense.id}/receipt`, fileForm(FILES.pdf(), "r.pdf")],
      ["GET", `/api/properties/${propertyId}/statement`],
      ["GET", `/api/properties/${propertyId}/statement?format=csv`],
      ["POST", `/api/properties/${propertyId}/statement/pdf`],
      ["GET", `/api/properties/${propertyId}/statement/pdf`],
    ];
    for (const [method, path, body] of calls) {
      const m = await rawCall(method, path, body, maintenance);
      expect([m.status, m.problem.code], `maintenance ${method} ${path}`).toEqual([403, "forbidden"]);
      const r = await rawCall(method, path, body, renter);
      expect([r.status, r.problem.code], `renter ${method} ${path}`).toEqual([403, "no_org"]);
    }
    for (const [method, path, body] of calls.filter(([, p]) => p.includes(propertyId) || p.includes(expense.id))) {
      const f = await rawCall(method, path, body, foreign);
      expect([f.status, f.problem.code], `foreign ${method} ${path}`).toEqual([404, "not_found"]);
    }
    const crossOrg = await postExpense(foreign, { propertyId, amount: 100 });
    expect(crossOrg.status).toBe(404);
    expect((await api(foreign).expenses.$get({ query: {} })).json.total).toBe(0);
    expect((await api(owner).expenses.$get({ query: {} })).json.total).toBe(1);
  });
});

describe("receipts", () => {
  it("a photo or a PDF is attached through the upload checks, replaced, and served to the landlord side", async () => {
    const { owner, propertyId } = await world();
    const expense = await recordExpense(owner, { propertyId, amount: 4200 });
    const photo = await api(owner).expenses[":id"].receipt.$post(
      { param: { id: expense.id } },
      multipart(fileForm(await pngOf(40, 30), "ticket.png")),
    );
    expect(photo.status, photo.text).toBe(200);
    expect(photo.json.receipt).toMatchObject({
      type: "image/png",
      name: "ticket.png",
      url: `/api/expenses/${expense.id}/receipt`,
    });
    const first = await env.DB.prepare("select receipt_key as k from expenses where id = ?")
      .bind(expense.id)
      .first<{ k: string }>();
    const served = await rawCall("GET", `/api/expenses/${expense.id}/receipt`, undefined, owner);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-d1-round-trips")).toBe("1");

    const pdf = await api(owner).expenses[":id"].receipt.$post(
      { param: { id: expense.id } },
      multipart(fileForm(FILES.pdf(), "facture.pdf")),
    );
    expect(pdf.status, pdf.text).toBe(200);
    expect(pdf.json.receipt?.type).toBe("application/pdf");
    expect(await env.DOCS.head(first!.k), "the replaced receipt is removed").toBeNull();

    const exe = await api(owner).expenses[":id"].receipt.$post(
      { param: { id: expense.id } },
      multipart(fileForm(FILES.exe(), "facture.pdf")),
    );
    expect([exe.status, exe.problem.code]).toEqual([415, "unsupported_media_type"]);
    const none = await rawCall("POST", `/api/expenses/${expense.id}/receipt`, fileForm(FILES.pdf(), "x.pdf"), {});
    expect(none.status).toBe(401);
    const missing = await rawCall("POST", "/api/expenses/no-such/receipt", fileForm(FILES.pdf(), "x.pdf"), owner);
    expect(missing.status).toBe(404);
    const listed = await api(owner).expenses.$get({ query: { propertyId } });
    expect(listed.json.results[0]!.receipt?.type).toBe("application/pdf");
  });
});

describe("from a maintenance request's logged costs", () => {
  it("the amount is the sum of its labour and materials; apartment and vendor come from the request", async () => {
    const { owner, propertyId, apartmentId } = await world();
    const vendorId = await insertVendor(owner.orgId);
    const requestId = await insertRequestWithCosts(owner.orgId, apartmentId, owner.userId, [9000, 2550], vendorId);
    const res = await postExpense(owner, { propertyId, maintenanceRequestId: requestId });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ amount: 11550, apartmentId, vendorId, maintenanceRequestId: requestId });
    // An amount given wins (a partial invoice).
    const given = await postExpense(owner, { propertyId, maintenanceRequestId: requestId, amount: 5000 });
    expect(given.json).toMatchObject({ amount: 5000 });

    const empty = await insertRequestWithCosts(owner.orgId, apartmentId, owner.userId, []);
    const none = await postExpense(owner, { propertyId, maintenanceRequestId: empty });
    expect([none.status, none.problem.code]).toEqual([409, "no_logged_costs"]);
    const elsewhere = await createApartment(owner, "C1");
    const wrong = await postExpense(owner, { propertyId: elsewhere.propertyId, maintenanceRequestId: requestId });
    expect([wrong.status, wrong.problem.code]).toEqual([422, "request_not_on_property"]);
    const foreign = await signUpLandlord("Autre Agence");
    const theirs = await createApartment(foreign, "F1");
    const cross = await postExpense(foreign, { propertyId: theirs.propertyId, maintenanceRequestId: requestId });
    expect([cross.status, cross.problem.code]).toEqual([404, "not_found"]);
    const vendorCross = await postExpense(foreign, { propertyId: theirs.propertyId, amount: 100, vendorId });
    expect(vendorCross.status).toBe(404);
  });

  it("the logged costs become one expense: again → 409 expense_already_recorded naming it, shown on the request", async () => {
    const { owner, propertyId, apartmentId } = await world();
    const requestId = await insertRequestWithCosts(owner.orgId, apartmentId, owner.userId, [4000, 1500]);
    const detail = async () =>
      (await rawCall("GET", `/api/maintenance-requests/${requestId}`, undefined, owner)).json as RequestDetail;
    expect((await detail()).recordedExpense).toBeNull();
    // Four racing attempts (a double click, two managers): one expense.
    const tries = await Promise.all(
      [1, 2, 3, 4].map(() => postExpense(owner, { propertyId, maintenanceRequestId: requestId })),
    );
    const created = tries.filter((t) => t.status === 201);
    expect(created).toHaveLength(1);
    const first = created[0]!.json as { id: string };
    for (const t of tries.filter((x) => x.status !== 201)) {
      expect([t.status, t.problem.code]).toEqual([409, "expense_already_recorded"]);
      expect(t.problem.errors?.[0]).toEqual({ path: "expenseId", message: first.id });
    }
    const rows = await env.DB.prepare("select count(*) as n from expenses where maintenance_request_id = ?")
      .bind(requestId)
      .first<{ n: number }>();
    expect(rows!.n).toBe(1);
    // A partial invoice with its own amount is another expense; the request names the one from its costs.
    expect((await postExpense(owner, { propertyId, maintenanceRequestId: requestId, amount: 900 })).status).toBe(201);
    expect((await detail()).recordedExpense).toMatchObject({ id: first.id, amount: 5500, currency: "EUR", propertyId });
  });
});

/** GET the statement PDF until it is rendered (202 + Retry-After meanwhile). */
async function statementPdf(propertyId: string, month: string, who: Caller) {
  for (let i = 0; i < 80; i++) {
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/properties/${propertyId}/statement/pdf?month=${month}`, {
        headers: { authorization: `Bearer ${who.token}` },
      }),
    );
    if (res.status !== 202) return res;
    expect(res.headers.get("retry-after")).toBe("2");
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("statement never rendered");
}

async function payment(owner: Landlord, apartmentId: string, amount: number, receivedOn: string) {
  const res = await api(owner).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { amount, period: receivedOn.slice(0, 7), receivedOn, method: "transfer" },
  });
  expect(res.status, res.text).toBe(201);
}

describe("the owner statement", () => {
  it("rent collected, expenses and net for the month, as JSON, CSV and PDF", async () => {
    const { owner, propertyId, apartmentId } = await world();
    await addRenter(owner, apartmentId, { startDate: "2026-01-01", rentAmount: 85000 });
    await payment(owner, apartmentId, 85000, "2026-10-03");
    await payment(owner, apartmentId, 85000, "2026-09-30");
    await recordExpense(owner, {
      propertyId,
      category: "coownership_charges",
      amount: 21000,
      incurredOn: "2026-10-10",
      note: 'Appel "T4", syndic',
    });
    await recordExpense(owner, { propertyId, category: "insurance", amount: 9000, incurredOn: "2026-11-01" });

    const res = await api(owner).properties[":id"].statement.$get({
      param: { id: propertyId },
      query: { month: "2026-10" },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    const s = res.json as {
      income: number;
      expenses: number;
      net: number;
      currency: string;
      lines: { kind: string; amount: number }[];
      series: { month: string; net: number }[];
      byCategory: unknown[];
    };
    expect({ income: s.income, expenses: s.expenses, net: s.net, currency: s.currency }).toEqual({
      income: 85000,
      expenses: 21000,
      net: 64000,
      currency: "EUR",
    });
    expect(s.lines.map((l) => [l.kind, l.amount])).toEqual([
      ["rent", 85000],
      ["expense", -21000],
    ]);
    expect(s.byCategory).toEqual([{ category: "coownership_charges", amount: 21000 }]);
    expect(s.series).toHaveLength(12);
    expect(s.series.at(-1)).toMatchObject({ month: "2026-10", net: 64000 });
    expect(s.series.at(-2)).toMatchObject({ month: "2026-09", net: 85000 });

    const csv = await rawCall(
      "GET",
      `/api/properties/${propertyId}/statement?month=2026-10&format=csv`,
      undefined,
      owner,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="releve-de-gestion-2026-10.csv"');
    // In French: `;` between fields and a decimal comma, as French Excel reads them; UTF-8 with a byte order
    // mark for spreadsheet apps (the test client's text decoder drops it).
    expect(csv.text.split("\r\n")).toEqual([
      "Date;Type;Lot;Catégorie;Fournisseur;Libellé;Période;Montant;Devise",
      "2026-10-03;Loyer encaissé;A1;;;;2026-10;850,00;EUR",
      '2026-10-10;Dépense;;Charges de copropriété;;"Appel ""T4"", syndic";;-210,00;EUR',
      "",
    ]);

    const queued = await rawCall("POST", `/api/properties/${propertyId}/statement/pdf?month=2026-10`, undefined, owner);
    expect(queued.status, queued.text).toBe(202);
    expect(queued.headers.get("location")).toBe(`/api/properties/${propertyId}/statement/pdf?month=2026-10`);
    const pdf = await statementPdf(propertyId, "2026-10", owner);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    for (const words of [
      "Relevé de gestion — octobre 2026",
      "Loyers encaissés : 850,00",
      "Dépenses : 210,00",
      "Résultat net : 640,00",
      "Charges de copropriété",
    ])
      expect(text).toContain(words);
    expect(await env.DOCS.head(`orgs/${owner.orgId}/statements/${propertyId}/2026-10.pdf.pending`)).toBeNull();
  }, 120_000);

  it("a month at a loss: the vendor paid on every line (JSON, CSV, PDF), the net negative and unbroken", async () => {
    const { owner, propertyId, apartmentId } = await world();
    await addRenter(owner, apartmentId, { startDate: "2026-01-01", rentAmount: 85000 });
    await payment(owner, apartmentId, 85000, "2026-11-04");
    const vendorId = await insertVendor(owner.orgId, "Plomberie Martin");
    await recordExpense(owner, {
      propertyId,
      apartmentId,
      vendorId,
      category: "repairs_maintenance",
      amount: 208456,
      incurredOn: "2026-11-12",
      note: "Colonne d’eau",
    });
    const res = await api(owner).properties[":id"].statement.$get({
      param: { id: propertyId },
      query: { month: "2026-11" },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ income: 85000, expenses: 208456, net: -123456 });
    expect((res.json as { lines: { kind: string; vendorName: string | null }[] }).lines).toMatchObject([
      { kind: "rent", vendorName: null },
      { kind: "expense", vendorName: "Plomberie Martin" },
    ]);
    const csv = await rawCall(
      "GET",
      `/api/properties/${propertyId}/statement?month=2026-11&format=csv`,
      undefined,
      owner,
    );
    expect(csv.text.split("\r\n")[2]).toBe(
      "2026-11-12;Dépense;A1;Travaux de réparation et d’entretien;Plomberie Martin;Colonne d’eau;;-2084,56;EUR",
    );
    expect(
      (await rawCall("POST", `/api/properties/${propertyId}/statement/pdf?month=2026-11`, undefined, owner)).status,
    ).toBe(202);
    const pdf = await statementPdf(propertyId, "2026-11", owner);
    expect(pdf.status).toBe(200);
    const lines = await pageLines(new Uint8Array(await pdf.arrayBuffer()), 1);
    // The amount keeps its no-break spaces on one line: "-1 234,56 €", never "-1" then "234,56 €".
    expect(lines).toContain("Résultat net : -1 234,56 €");
    expect(
      lines.some((l) => l.includes("lot A1, Plomberie Martin, Colonne d’eau")),
      lines.join("\n"),
    ).toBe(true);
    expect(
      lines.some((l) => l.includes("-2 084,56 €")),
      lines.join("\n"),
    ).toBe(true);
  }, 120_000);

  it("a month with nothing is all zeros; a bad month is 400; an unknown property 404", async () => {
    const { owner, propertyId } = await world();
    const empty = await api(owner).properties[":id"].statement.$get({
      param: { id: propertyId },
      query: { month: "2026-03" },
    });
    expect(empty.json).toMatchObject({ income: 0, expenses: 0, net: 0, lines: [] });
    const current = await api(owner).properties[":id"].statement.$get({ param: { id: propertyId }, query: {} });
    expect(current.status).toBe(200);
    for (const month of ["2026-13", "2026-1", "oct"]) {
      const bad = await rawCall("GET", `/api/properties/${propertyId}/statement?month=${month}`, undefined, owner);
      expect([bad.status, bad.problem.code], month).toEqual([400, "invalid_input"]);
    }
    const format = await rawCall("GET", `/api/properties/${propertyId}/statement?format=xlsx`, undefined, owner);
    expect(format.status).toBe(400);
    const missing = await rawCall("GET", "/api/properties/no-such/statement", undefined, owner);
    expect([missing.status, missing.problem.code]).toEqual([404, "not_found"]);
  });
});
