// Agreement rendering for `npm run bench`: the production renderer (worker/documents/render.ts) on local
// workerd, so render time, CPU time and PDF size are measured where they will run. `/render` produces
// the unsigned agreement; `/render?signed=1` also appends three signatures and the certificate.
import { renderAgreementPdf, renderSignedPdf } from "../../worker/documents/render";
import { agreementFields } from "../../worker/documents/fields";
import { templateByName } from "../../worker/documents/templates";
import type { Side } from "../../worker/domain";

/** The first two signers are renters, the third the landlord. */
const sideOf = (i: number): Side => (i < 2 ? "renter" : "landlord");

const SIGNATURE = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);
const template = templateByName("early_exit-fr-furnished")!;
const fields = agreementFields.parse({
  date: "2026-08-20",
  landlord: {
    name: "Agence Lumière",
    idNumber: "RCS 123 456 789",
    phone: "+33 4 72 00 00 00",
    email: "contact@lumiere.example",
    address: "1 Place Bellecour, 69002 Lyon",
  },
  renters: [
    {
      userId: "u1",
      name: "Élodie Dubois",
      idNumber: "FR-123456",
      phone: "+33 6 11 22 33 44",
      email: "elodie@example.com",
      address: "8 Rue Sainte-Catherine, 69001 Lyon",
    },
    {
      userId: "u2",
      name: "Олена Коваленко",
      idNumber: "UA-778899",
      phone: "+380 67 123 4567",
      email: "olena@example.com",
      address: "вул. Хрещатик 1, Київ",
    },
  ],
  property: {
    address: "12 Rue des Lilas, 69003 Lyon",
    unit: "2B",
    roomsCount: 3,
    includedServices: "Internet, eau froide, ménage des parties communes",
    equipment: "Lave-linge, réfrigérateur, plaques, four, canapé, deux lits doubles",
  },
  lease: { periodMonths: 12, startDate: "2026-09-01", endDate: "2027-08-31" },
  rent: {
    currency: "EUR",
    amount: 92000,
    charges: 8000,
    paymentDay: 3,
    monthsPaidUpFront: 1,
    standingOrderStart: "2026-10-03",
  },
  utilities: { waterLimit: "30 m³ / an", electricityLimit: "2 500 kWh / an" },
  deposit: { required: true, amount: 92000 },
  guarantor: {
    required: true,
    name: "Jean Dubois",
    idNumber: "FR-654321",
    address: "3 Rue Neuve, 75001 Paris",
    phone: "+33 6 99 88 77 66",
  },
  freeClauses: Array.from(
    { length: 8 },
    (_, i) =>
      `Clause ${i + 1} : le locataire s'engage à entretenir le jardin, à ne pas sous-louer et à signaler tout dégât des eaux sans délai.`,
  ),
});

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return Response.json({ ok: true });
    if (url.pathname !== "/render") return new Response("not found", { status: 404 });
    let pdf = await renderAgreementPdf({ documentId: "bench-document", template, fields });
    if (url.searchParams.get("signed") === "1") {
      const signers = ["Élodie Dubois", "Олена Коваленко", "Lena Landlord"].map((name, i) => ({
        name,
        signedName: name,
        side: sideOf(i),
        signedAt: "2026-08-21T10:00:00.000Z",
        ip: "203.0.113.9",
        userAgent: "Mozilla/5.0 (bench)",
        signaturePng: SIGNATURE,
      }));
      pdf = await renderSignedPdf({
        documentId: "bench-document",
        template,
        unsignedPdf: pdf,
        unsignedSha256: "0".repeat(64),
        signers,
      });
    }
    return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/pdf" } });
  },
};
