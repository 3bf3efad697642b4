// The demo applicants' reusable dossiers, through the API: a guarantor (with a monthly income) and the
// documents a French landlord asks for (identity, proof of income; the guarantor's proof of income), as
// small real PDFs. Each step looks first and does only what is not there yet.
/* global FormData */
import { Blob } from "node:buffer";

/**
 * A one-page PDF (PDF 1.4, Helvetica) saying `line`: a real document the upload checks accept and a
 * viewer opens, with its cross-reference table at the byte offsets it names.
 */
function documentPdf(line) {
  const text = line.replace(/[()\\]/g, "\\$&").replace(/[^\x20-\x7e]/g, "?");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Blob([body], { type: "application/pdf" });
}

const upload = (api, as, path, kind, name, line) => {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", documentPdf(line), name);
  return api.post(path, { as, form });
};

/**
 * The renter's dossier, completed once: their identity and proof of income, and `guarantor` (name,
 * relationship, monthly income in cents of EUR) with its proof of income. Answers the guarantor ids to
 * name on an application.
 */
export async function ensureDossier(api, renter, { guarantor, fullName }) {
  const dossier = await api.get("/me/dossier", { as: renter });
  const kinds = new Set(dossier.documents.map((d) => d.kind));
  if (!kinds.has("id_card"))
    await upload(
      api,
      renter,
      "/me/dossier/documents",
      "id_card",
      "piece-identite.pdf",
      `Piece d'identite - ${fullName}`,
    );
  if (!kinds.has("proof_of_income"))
    await upload(
      api,
      renter,
      "/me/dossier/documents",
      "proof_of_income",
      "bulletins-de-salaire.pdf",
      `Bulletins de salaire - ${fullName}`,
    );
  let [found] = dossier.guarantors;
  if (!found) {
    found = await api.post("/me/guarantors", {
      as: renter,
      json: { ...guarantor, incomeCurrency: "EUR" },
    });
    await upload(
      api,
      renter,
      `/me/guarantors/${found.id}/documents`,
      "proof_of_income",
      "avis-imposition-garant.pdf",
      `Avis d'imposition - ${guarantor.name}`,
    );
  }
  return [found.id];
}
