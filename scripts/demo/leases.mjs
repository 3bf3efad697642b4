// The let apartments of the demo, through the API: a lease per renter (created by the owner, accepted by the
// renter from the invitation mail), a few months of rent (payments reported, confirmed, recorded), chat in the
// apartment room, and a signed agreement. Each step looks first and does only what is not there yet, so a
// second `npm start` changes nothing.
//
// Backdating: a lease is created with a start date a few months ago (POST /api/apartments/{id}/leases accepts
// a start within 10 years of today). The API then charges the months already due at once (leases/service.ts
// `chargeStatements`), exactly as it does for a landlord entering a lease that began before they used Rentline.
// Payments are reported and confirmed today, for their past periods, each saying it was received in the month
// it pays (the 3rd to the 6th, never before the lease nor after today): statements and receipts date them so.
import { chat, mailToken, signatureDataUrl, until } from "./http.mjs";
import { dayBefore, monthStart, today } from "./data.mjs";

const period = (iso) => iso.slice(0, 7);

/** The day a demo payment for `month` (`YYYY-MM`) was received: the 3rd–6th, within the lease and not after today. */
function receivedOnFor(month, index, startDate) {
  const day = `${month}-0${3 + (index % 4)}`;
  const notBefore = day < startDate ? startDate : day;
  const now = today();
  return notBefore > now ? now : notBefore;
}
/** How long a PDF may take on the queue (rendering, then stamping the signatures) on a busy machine. */
const PDF_TIMEOUT_MS = 120_000;

/** The apartment's lease, created and joined if missing. `terms` as POST /api/apartments/{id}/leases takes them. */
export async function ensureLease(api, owner, renter, apartmentId, terms) {
  let lease = (await api.get(`/apartments/${apartmentId}/leases`, { as: owner })).results[0];
  if (!lease) {
    const created = await api.post(`/apartments/${apartmentId}/leases`, {
      as: owner,
      json: { renterEmail: renter.email, ...terms },
    });
    lease = { ...created.lease, renters: [{ email: renter.email, joinedAt: null }] };
  }
  if (!lease.renters.some((r) => r.email === renter.email && r.joinedAt)) {
    const token = await mailToken(api, renter.email, "lease_invitation");
    await api.post("/invitations/accept", { as: renter, json: { token } });
  }
  return lease.id;
}

/**
 * Rent payments: `payments` are `{ monthsAfterStart, amount, by: "renter" | "landlord", confirm, description }`.
 * A renter's report stays pending unless `confirm` (the landlord confirms it); a landlord's record of money
 * received needs no confirmation. A payment already in the feed (same period and amount) is not posted again,
 * only confirmed if it should be and is still pending, so an interrupted run resumes.
 */
async function ensurePayments(api, { landlord, renter, apartmentId, leaseId, startDate, payments }) {
  const { results } = await api.get(`/apartments/${apartmentId}/activities?limit=100`, { as: landlord });
  for (const [index, p] of payments.entries()) {
    const month = period(monthStart(startDate, p.monthsAfterStart));
    const receivedOn = receivedOnFor(month, index, startDate);
    const posted =
      results.find((a) => (a.leaseId ?? leaseId) === leaseId && a.period === month && a.amount === p.amount) ??
      (await api.post(`/apartments/${apartmentId}/activities`, {
        as: p.by === "renter" ? renter : landlord,
        json: { description: p.description, amount: p.amount, period: month, leaseId, receivedOn },
      }));
    if (p.confirm && posted.status === "pending_confirmation")
      await api.post(`/activities/${posted.id}/confirm`, { as: landlord });
  }
}

/**
 * A conversation in the apartment's room: `lines` are `[who, text]`, sent in order. Each line has a fixed
 * `clientId` (the room's deduplication key), so lines already in the history are not sent again.
 */
async function ensureChat(api, apartmentId, viewer, lines) {
  const history = await api.get(`/apartments/${apartmentId}/messages?limit=100`, { as: viewer });
  const sent = new Set(history.messages.map((m) => m.clientId));
  for (const [i, [who, text]] of lines.entries()) {
    const clientId = `demo-chat-${i}`;
    if (!sent.has(clientId)) await chat(api, apartmentId, who, [{ text, clientId }]);
  }
}

/**
 * A signed rental agreement (the French furnished template) on the lease: created, completed by the renter's
 * own details, rendered, sent, signed by the renter then countersigned by the owner. Resumes from whatever
 * status an interrupted run left.
 */
async function ensureSignedAgreement(api, { owner, renter, apartmentId, leaseId, renterDetails }) {
  const { documents } = await api.get(`/apartments/${apartmentId}/documents`, { as: owner });
  let id = documents.find((d) => d.leaseId === leaseId)?.id ?? documents[0]?.id;
  if (!id) {
    const created = await api.post(`/leases/${leaseId}/documents`, {
      as: owner,
      json: { templateName: "standard-fr-furnished" },
    });
    id = created.document.id;
  }
  const status = async () => (await api.get(`/documents/${id}`, { as: owner })).status;
  let now = await status();
  if (now === "draft" || now === "failed") {
    await api.put(`/documents/${id}/my-details`, { as: renter, json: renterDetails });
    await api.patch(`/documents/${id}`, {
      as: owner,
      json: {
        templateFields: {
          landlord: { address: "1 place Bellecour, 69002 Lyon" },
          // The annexes French law makes mandatory for a furnished lease (art. 3, 3-3, 25-5), attached.
          annexes: ["dpe", "risks", "notice", "condition_report", "furniture_inventory"],
        },
      },
    });
    await api.post(`/documents/${id}/render`, { as: owner });
    now = "rendering";
  }
  if (now === "rendering") {
    now = await until(
      "the agreement's PDF",
      async () => {
        const s = await status();
        return s === "ready" || s === "failed" ? s : null;
      },
      PDF_TIMEOUT_MS,
    );
    if (now === "failed") throw new Error("demo seed: the agreement failed to render");
  }
  if (now === "ready") {
    await api.post(`/documents/${id}/send`, { as: owner });
    now = "out_for_signature";
  }
  if (now === "out_for_signature") {
    const { signers } = await api.get(`/documents/${id}`, { as: owner });
    if (!signers.some((s) => s.side === "renter" && s.userId === renter.userId && s.signedAt))
      await api.post(`/documents/${id}/sign`, {
        as: renter,
        json: { signedName: renterDetails.name, signatureImage: signatureDataUrl(0), consent: true },
      });
    if (!signers.some((s) => s.side === "landlord" && s.signedAt))
      await api.post(`/documents/${id}/sign`, {
        as: owner,
        json: { signedName: owner.name, signatureImage: signatureDataUrl(1.3), consent: true },
      });
  }
  // The countersignature stamps the signed PDF on the queue: wait for it, so the demo opens on a signed agreement.
  await until("the signed agreement", async () => (await status()) === "signed", PDF_TIMEOUT_MS);
  return id;
}

/** 1A: Rémi's furnished lease, four months of history, a chat and a signed agreement. */
async function seed1A(api, { owner, renter }, apartments, now) {
  // 1A: a furnished lease (loi 89-462 art. 25-7: one year; art. 25-6: deposit at most two months' rent),
  // started on the first of the month four months ago. Months 1–2 paid, month 3 partly paid (the rest overdue),
  // month 4 reported by the renter and waiting for the landlord's confirmation.
  const start1A = monthStart(now, -4);
  const lease1A = await ensureLease(api, owner, renter, apartments["1A"], {
    kind: "furnished",
    startDate: start1A,
    endDate: dayBefore(monthStart(start1A, 12)),
    rentAmount: 72000,
    depositAmount: 144000,
    dueDay: 5,
  });
  // Payments, chat and the agreement are independent of each other: they run side by side (the seed's time).
  const partMonth = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" }).format(
    new Date(`${monthStart(start1A, 2)}T12:00:00Z`),
  );
  const ofMonth = /^[aeiou]/.test(partMonth) ? `d'${partMonth}` : `de ${partMonth}`;
  const payments = ensurePayments(api, {
    landlord: owner,
    renter,
    apartmentId: apartments["1A"],
    leaseId: lease1A,
    startDate: start1A,
    payments: [
      { monthsAfterStart: 0, amount: 72000, by: "renter", confirm: true, description: "Virement loyer" },
      { monthsAfterStart: 1, amount: 72000, by: "renter", confirm: true, description: "Virement loyer" },
      {
        monthsAfterStart: 2,
        amount: 30000,
        by: "renter",
        confirm: true,
        description: "Virement partiel, le reste suit",
      },
      {
        monthsAfterStart: 3,
        amount: 72000,
        by: "renter",
        confirm: false,
        description: "Virement loyer envoyé ce matin",
      },
    ],
  });
  const conversation = ensureChat(api, apartments["1A"], owner, [
    [renter, "Bonjour Madame Fabre, le radiateur de la chambre ne chauffe plus depuis hier soir."],
    [
      owner,
      "Bonjour Rémi, merci de me prévenir. Le chauffagiste peut passer jeudi entre 9 h et 12 h, cela vous convient ?",
    ],
    [renter, "Oui, parfait. Je serai là jeudi matin."],
    [owner, `C'est noté. Pour le loyer ${ofMonth}, pouvez-vous me dire quand arrivera le solde ?`],
    [renter, "Je vire le reste avec le loyer du mois prochain, désolé pour le retard."],
  ]);
  const agreement = ensureSignedAgreement(api, {
    owner,
    renter,
    apartmentId: apartments["1A"],
    leaseId: lease1A,
    renterDetails: {
      name: "Rémi Garnier",
      idNumber: "FR-0912345678",
      phone: "+33 6 48 21 90 17",
      address: "12 rue des Tilleuls, 69003 Lyon",
    },
  });
  await Promise.all([payments, conversation, agreement]);

  return lease1A;
}

/** 1B: Noa's unfurnished lease, three months of history, one overdue. */
async function seed1B(api, { owner, manager, noa }, apartments, now) {
  // 1B: an unfurnished lease (art. 10: three years, the org being an SCI familiale, art. 13 — the lease takes
  // that from the org's legal identity; art. 22: deposit at most one month's rent), started three months ago. Months 1–2 paid (the second
  // recorded by the manager from the bank statement), month 3 overdue.
  const start1B = monthStart(now, -3);
  const lease1B = await ensureLease(api, owner, noa, apartments["1B"], {
    kind: "unfurnished",
    startDate: start1B,
    endDate: dayBefore(monthStart(start1B, 36)),
    rentAmount: 89000,
    depositAmount: 89000,
    dueDay: 5,
  });
  const payments = ensurePayments(api, {
    landlord: manager,
    renter: noa,
    apartmentId: apartments["1B"],
    leaseId: lease1B,
    startDate: start1B,
    payments: [
      { monthsAfterStart: 0, amount: 89000, by: "renter", confirm: true, description: "Loyer du premier mois" },
      {
        monthsAfterStart: 1,
        amount: 89000,
        by: "landlord",
        confirm: false,
        description: "Virement reçu (relevé bancaire)",
      },
    ],
  });
  const conversation = ensureChat(api, apartments["1B"], manager, [
    [manager, "Bonjour Noa, bienvenue aux Tilleuls ! Le relevé des compteurs est prévu lundi."],
    [noa, "Merci Marc ! Je laisse la clé de la cave à la gardienne."],
  ]);
  await Promise.all([payments, conversation]);
  return lease1B;
}

/** The two let apartments: 1A (furnished, Rémi, 4 months of history) and 1B (unfurnished, Noa, 3 months). */
export async function seedLeases(api, people, apartments) {
  const now = today();
  const [lease1A, lease1B] = await Promise.all([
    seed1A(api, people, apartments, now),
    seed1B(api, people, apartments, now),
  ]);
  return { lease1A, lease1B };
}
