import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { agreementFields } from "../../worker/documents/fields";
import { api, BASE, type Caller } from "./client";
import { addRenter, createApartment, linkToken, mailTo, signUpLandlord, signUpRenter, waitForMail } from "./helpers";

/** An agreement's template fields, typed by their schema (the API sends them as a JSON object). */
export const agreementFieldsOf = (doc: { templateFields: unknown }) => agreementFields.parse(doc.templateFields);

/** An agreement as GET /api/documents/{id} shows it. */
export type DocumentView = Awaited<ReturnType<ReturnType<typeof api>["documents"][":id"]["$get"]>>["json"];

/** The always-required annexes of a furnished French lease (lib/french-lease-law.ts `missingAnnexes`), ticked. */
export const FURNISHED_ANNEXES = ["dpe", "risks", "notice", "condition_report", "furniture_inventory"] as const;

/** A real 1×1 PNG, as a signature pad would send it. */
export const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, " ") };
}

/** The text items of page `n` (pdf.js), one per line or run as drawn, with their position in points. */
export async function pageItems(bytes: Uint8Array, n: number) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const content = await (await pdf.getPage(n)).getTextContent();
  return content.items.flatMap((i) =>
    "str" in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width }] : [],
  );
}

/** The lines of page `n` as drawn: the items on one baseline joined, top to bottom. */
export async function pageLines(bytes: Uint8Array, n: number) {
  const byY = new Map<number, string[]>();
  for (const item of await pageItems(bytes, n)) byY.set(item.y, [...(byY.get(item.y) ?? []), item.str]);
  return [...byY].sort(([a], [b]) => b - a).map(([, parts]) => parts.join("").replace(/\s+/g, " ").trim());
}

/** Downloads a signed `/files` link as `who`, as bytes. */
export async function download(url: string, who: Caller) {
  const res = await exports.default.fetch(
    new Request(`${BASE}${url}`, { headers: { authorization: `Bearer ${who.token}` } }),
  );
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  return new Uint8Array(await res.arrayBuffer());
}

/** Polls a document until it reaches one of `statuses` (the real PDF queue consumer does the work). */
export async function waitForDocument(id: string, who: Caller, done: (doc: DocumentView) => boolean) {
  for (let i = 0; i < 100; i++) {
    const res = await api(who).documents[":id"].$get({ param: { id } });
    expect(res.status, res.text).toBe(200);
    if (done(res.json)) return res.json;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`document ${id} did not reach the expected state`);
}

/**
 * An apartment with two renters who joined one lease: Élodie Dubois (profile completed) and
 * Олена Коваленко (account name only), as the seeds' French and Ukrainian users.
 */
export async function leaseWithTwoRenters(orgName = "Agence Lumière") {
  const owner = await signUpLandlord(orgName);
  const { apartmentId } = await createApartment(owner, "2B");
  const elodie = await signUpRenter("Élodie Dubois");
  expect(
    (
      await api(elodie).me.profile.$put({
        json: {
          firstName: "Élodie",
          lastName: "Dubois",
          phone: "+33 6 11 22 33 44",
          birthDate: "1994-03-02",
          address: "8 Rue Sainte-Catherine, 69001 Lyon",
        },
      })
    ).status,
  ).toBe(200);
  const { leaseId } = await addRenter(
    owner,
    apartmentId,
    // A furnished lease: 12 months is its lawful minimum in France (an unfurnished one needs 36).
    {
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      rentAmount: 92000,
      dueDay: 3,
      depositAmount: 92000,
      kind: "furnished",
    },
    elodie,
  );
  const olena = await signUpRenter("Олена Коваленко");
  const seen = (await mailTo(olena.email)).map((m) => m.id);
  expect(
    (await api(owner).leases[":id"].renters.$post({ param: { id: leaseId }, json: { email: olena.email } })).status,
  ).toBe(201);
  const mail = await waitForMail(olena.email, "lease_invitation", seen);
  expect((await api(olena).invitations.accept.$post({ json: { token: linkToken(mail.text) } })).status).toBe(200);
  return { owner, apartmentId, leaseId, elodie, olena };
}
