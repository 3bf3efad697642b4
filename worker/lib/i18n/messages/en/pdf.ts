import type { ServerMessages } from "../shape";

export const pdf: ServerMessages["pdf"] = {
  page: "Page {n} of {total}",
  receipt: {
    title: "Rent receipt",
    heading: "Rent receipt — {period}",
    file: "receipt",
    landlord: "Landlord: {name}",
    companyNumber: "Company no. {number}",
    renters: "Renter(s): {names}",
    property: "Property: {address}",
    place: "{street}, {postalCode} {city} (unit {unit})",
    statement:
      "{landlord}, landlord of the property above, confirms having received from {renters} the sum of {amount} for the rent and charges of the period from {from} to {to}, of which rent {rent} and charges {charges}.",
    amount: "Amount received: {amount}",
    rent: "Rent (excluding charges): {amount}",
    charges: "Charges: {amount}",
    lastPayment: "Last payment received on {date}",
    issued: "Issued on {date} · Receipt no. {number}",
  },
  signatures: {
    title: "Signatures",
    certificate: "Signature certificate",
    intro: "This certificate records the electronic signatures applied to the document identified below.",
    document: "Document: {title} · {id}",
    unsignedHash: "SHA-256 of the unsigned document:",
    signer: "Signer: {name} ({side}) — “{signedName}”",
    side: { renter: "renter", landlord: "landlord" },
    at: "Time: {at}",
    ip: "IP address: {ip}",
    userAgent: "User agent: {userAgent}",
    consent: "Signed electronically with explicit consent.",
  },
  partialReceipt: {
    title: "Receipt for a partial payment",
    heading: "Receipt for a partial payment — {period}",
    file: "partial-payment-receipt",
    statement:
      "{landlord}, landlord of the property above, confirms having received from {renters} the sum of {amount} as a partial payment of the rent and charges of the period from {from} to {to}, which amount to {due} in all. {outstanding} remains due for this period.",
    due: "Due for the period: {amount}",
    received: "Amount received: {amount}",
    outstanding: "Remaining due: {amount}",
    days: "{count, plural, one {Payment received on {dates}} other {Payments received on {dates}}}",
    issued: "Issued on {date} · Receipt no. {number}",
  },
};
