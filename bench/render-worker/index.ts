// Agreement rendering for `npm run bench`: the production renderer (worker/documents/render.ts) on local
// workerd, with the fonts read from the static assets (public/fonts) as in production, so render time, CPU
// time and PDF size are measured where they will run. `/render` produces the unsigned agreement;
// `/render?signed=1` also appends three signatures and the certificate; `/render?mixed=1` is an agreement
// whose parties write in Hebrew, Arabic, Vietnamese and Chinese, with a 2,000-character clause without spaces.
import { renderAgreementPdf, renderSignedPdf } from "../../worker/documents/render";
import { assetFonts } from "../../worker/lib/pdf/writer";
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

/** The mixed-script agreement: the same template, other parties, and one long clause without spaces. */
const mixed = agreementFields.parse({
  ...fields,
  landlord: { ...fields.landlord, name: "محمد العلي", address: "شارع الملك فهد 12، الرياض" },
  renters: [
    { ...fields.renters[0], name: "נועה לוי", address: "רחוב הרצל 5, תל אביב" },
    { ...fields.renters[1], name: "Trần Thị Hoa", address: "北京市朝阳区建国路88号" },
  ],
  freeClauses: [...fields.freeClauses, "清".repeat(400) + "x".repeat(1600)],
});

export default {
  async fetch(request: Request, env: { ASSETS: Fetcher }): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return Response.json({ ok: true });
    if (url.pathname !== "/render") return new Response("not found", { status: 404 });
    const fonts = assetFonts(env.ASSETS);
    let pdf = await renderAgreementPdf({
      documentId: "bench-document",
      template,
      fields: url.searchParams.get("mixed") === "1" ? mixed : fields,
      fonts,
    });
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
        locale: template.locale,
        timeZone: "Europe/Paris",
        unsignedPdf: pdf,
        unsignedSha256: "0".repeat(64),
        signers,
        fonts,
      });
    }
    return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/pdf" } });
  },
};
