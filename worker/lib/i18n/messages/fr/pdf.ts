/**
 * The words of the PDFs Rentline renders (rent receipts, the signatures page and the signature certificate
 * appended to a signed agreement). Values arrive formatted (worker/lib/i18n/format.ts); names and addresses
 * arrive as bidi isolates so a right-to-left name does not reorder the sentence around it.
 */
export const pdf = {
  page: "Page {n} / {total}",
  receipt: {
    title: "Quittance de loyer",
    heading: "Quittance de loyer — {period}",
    file: "quittance",
    landlord: "Bailleur : {name}",
    companyNumber: "N° d’immatriculation {number}",
    renters: "Locataire(s) : {names}",
    property: "Logement : {address}",
    place: "{street}, {postalCode} {city} (lot {unit})",
    statement:
      "Je soussigné(e), {landlord}, bailleur du logement désigné ci-dessus, déclare avoir reçu de {renters} la somme de {amount} au titre du loyer et des charges pour la période du {from} au {to}, dont loyer {rent} et charges {charges}, et lui en donne quittance, sous réserve de tous mes droits.",
    amount: "Montant reçu : {amount}",
    rent: "Loyer (hors charges) : {amount}",
    charges: "Charges : {amount}",
    lastPayment: "Dernier paiement reçu le {date}",
    issued: "Fait le {date} · Quittance n° {number}",
  },
  signatures: {
    title: "Signatures",
    certificate: "Certificat de signature",
    intro: "Ce certificat atteste les signatures électroniques apposées sur le document identifié ci-dessous.",
    document: "Document : {title} · {id}",
    unsignedHash: "SHA-256 du document non signé :",
    signer: "Signataire : {name} ({side}) — « {signedName} »",
    side: { renter: "locataire", landlord: "bailleur" },
    at: "Date : {at}",
    ip: "Adresse IP : {ip}",
    userAgent: "Navigateur : {userAgent}",
    consent: "Signé électroniquement avec consentement exprès.",
  },
  partialReceipt: {
    title: "Reçu de paiement partiel",
    heading: "Reçu de paiement partiel — {period}",
    file: "recu-paiement-partiel",
    statement:
      "{landlord}, bailleur du logement désigné ci-dessus, déclare avoir reçu de {renters} la somme de {amount} en paiement partiel du loyer et des charges de la période du {from} au {to}, d’un montant total de {due}. Il reste dû {outstanding} pour cette période.",
    due: "Montant dû pour la période : {amount}",
    received: "Montant reçu : {amount}",
    outstanding: "Reste dû : {amount}",
    days: "{count, plural, one {Paiement reçu le {dates}} other {Paiements reçus les {dates}}}",
    issued: "Fait le {date} · Reçu n° {number}",
  },
};
