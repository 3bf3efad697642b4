// The vacant apartments of the demo, through the API: French ads (living area, furnished or not, DPE and
// GES classes: loi 89-462 art. 3-1, CCH art. L126-33) with real photos, two published and one draft, and
// applications in each state the lifecycle has (pending, accepted awaiting the first payment, rejected,
// withdrawn). Each step looks first and does only what is not there yet.
/* global FormData */
import { Blob } from "node:buffer";
import { roomPhoto } from "./http.mjs";
import { monthStart, today } from "./data.mjs";
import { ensureDossier } from "./dossiers.mjs";

const PHOTOS = {
  living: () => roomPhoto([236, 228, 214], [150, 110, 70]),
  bedroom: () => roomPhoto([214, 226, 236], [170, 130, 90]),
  kitchen: () => roomPhoto([240, 240, 232], [120, 120, 125]),
};

/** The apartment's listing, created (a draft), given its photos and published when `publish`, if missing. */
export async function ensureListing(api, owner, apartmentId, { publish, photos, ...input }) {
  const { results } = await api.get("/listings?limit=100", { as: owner });
  const found = results.find((l) => l.apartmentId === apartmentId);
  const listing = found
    ? await api.get(`/listings/${found.id}`, { as: owner })
    : await api.post("/listings", { as: owner, json: { apartmentId, ...input } });
  for (const name of photos.slice(listing.photos.length)) {
    const form = new FormData();
    form.append("file", new Blob([PHOTOS[name]()], { type: "image/png" }), `${name}.png`);
    await api.post(`/listings/${listing.id}/photos`, { as: owner, form });
  }
  if (publish && listing.status === "draft") await api.post(`/listings/${listing.id}/publish`, { as: owner });
  return listing.id;
}

/**
 * An application by `renter` to the listing, once, brought to `state`: `pending` (as submitted), `accepted`
 * (accepted_pending_payment), `rejected` (by the landlord, with a note) or `withdrawn` (by the renter).
 */
async function ensureApplication(api, { owner, renter, listingId, moveInDate, state, message, profile, dossier }) {
  const { results } = await api.get(`/listings/${listingId}/applications`, { as: owner });
  let applied = results.find((a) => a.renterEmail === renter.email);
  if (!applied) {
    await api.put("/me/profile", { as: renter, json: profile });
    const guarantorIds = await ensureDossier(api, renter, {
      guarantor: dossier.guarantor,
      fullName: `${profile.firstName} ${profile.lastName}`,
    });
    // The lawful duration of the listing's kind (3 years unfurnished, 1 year furnished, in France), as the
    // apply form proposes it: the API's checklist derives both (worker/applications/lease-law.ts `lawfulDuration`).
    const { duration } = await api.get(`/me/checklist?listingId=${listingId}`, { as: renter });
    applied = await api.post("/applications", {
      as: renter,
      json: {
        listingId,
        moveInDate,
        durationMonths: duration.default,
        guarantorIds,
        message,
        incomeAmount: dossier.incomeAmount,
      },
    });
  }
  // Taken further only from `pending`: an interrupted run resumes, a finished one changes nothing.
  if (applied.status !== "pending") return;
  if (state === "accepted")
    await api.post(`/applications/${applied.id}/accept`, {
      as: owner,
      json: { note: "Dossier complet, bienvenue ! Le premier loyer et le dépôt sont à régler avant l'entrée." },
    });
  if (state === "rejected")
    await api.post(`/applications/${applied.id}/reject`, {
      as: owner,
      json: { note: "Merci pour votre dossier ; nous avons retenu une autre candidature." },
    });
  if (state === "withdrawn") await api.post(`/applications/${applied.id}/withdraw`, { as: renter, json: {} });
}

const profileOf = (firstName, lastName, extra) => ({
  firstName,
  lastName,
  phone: "+33 6 12 34 56 78",
  birthDate: "1996-05-14",
  address: "8 rue Mercière, 69002 Lyon",
  nationality: "Française",
  education: "Master",
  budgetCurrency: "EUR",
  ...extra,
});

/** The ads (French: living area, furnished, DPE/GES), available from `availableFrom` (`YYYY-MM-DD`). */
function adsOf(availableFrom) {
  return {
    studio: {
      publish: true,
      photos: ["living", "kitchen", "bedroom"],
      title: "Studio meublé lumineux aux Tilleuls",
      description:
        "Studio meublé de 24 m² au 2e étage, cuisine équipée, salle d'eau avec douche, double vitrage. À deux pas du métro Garibaldi et des Halles Paul Bocuse.",
      city: "Lyon",
      address: "12 rue des Tilleuls, 69003 Lyon",
      type: "studio",
      rooms: [{ name: "Studio", capacity: 1, rentAmount: 54000 }],
      chargesAmount: 4000,
      chargesKind: "provision",
      depositAmount: 108000, // furnished: at most two months' rent (art. 25-6)
      availableFrom,
      livingArea: 24.5,
      furnished: true,
      energyClass: "D",
      ghgClass: "C",
    },
    flat: {
      publish: true,
      photos: ["living", "bedroom", "kitchen"],
      title: "T3 traversant avec balcon, Brotteaux",
      description:
        "Appartement de 68 m² non meublé : séjour sur balcon, deux chambres, cuisine séparée, cave. Parquet ancien, proche du parc de la Tête d'Or et de la gare Part-Dieu.",
      city: "Lyon",
      address: "27 boulevard des Brotteaux, 69006 Lyon",
      type: "flat",
      rooms: [{ name: "Appartement", capacity: 2, rentAmount: 98000 }],
      chargesAmount: 9000,
      chargesKind: "provision",
      depositAmount: 98000, // unfurnished: at most one month's rent (art. 22)
      availableFrom,
      livingArea: 68,
      furnished: false,
      energyClass: "C",
      ghgClass: "B",
    },
    draft: {
      publish: false,
      photos: ["bedroom"],
      title: "T2 rénové au calme, Brotteaux",
      description: "Deux pièces de 45 m² sur cour, entièrement rénové. Annonce en préparation.",
      city: "Lyon",
      address: "27 boulevard des Brotteaux, 69006 Lyon",
      type: "flat",
      rooms: [{ name: "Appartement", capacity: 2, rentAmount: 76000 }],
      availableFrom: monthStart(availableFrom, 1),
    },
  };
}

/** Who applies where, and how far each application goes. */
const APPLICATIONS = [
  {
    renter: "applicant",
    listing: "studio",
    state: "pending",
    message: "Bonjour, je suis infirmière à l'hôpital Édouard-Herriot et je cherche un studio près de mon travail.",
    profile: [
      "Оксана",
      "Коваленко",
      { nationality: "Ukrainienne", education: "Diplôme d'infirmière", budgetAmount: 70000 },
    ],
    dossier: {
      incomeAmount: 210000,
      guarantor: { name: "Mykola Kovalenko", relationship: "Père", incomeAmount: 240000 },
    },
  },
  {
    renter: "julien",
    listing: "studio",
    state: "rejected",
    message: "Bonjour, étudiant en master, garant disponible.",
    profile: ["Julien", "Petit", { budgetAmount: 55000 }],
    dossier: { incomeAmount: 95000, guarantor: { name: "Sophie Petit", relationship: "Mère", incomeAmount: 310000 } },
  },
  {
    renter: "camille",
    listing: "flat",
    state: "accepted",
    message: "Bonjour, nous sommes un couple en CDI, entrée possible dès le 1er.",
    profile: ["Camille", "Durand", { budgetAmount: 120000 }],
    dossier: {
      incomeAmount: 380000,
      guarantor: { name: "Bernard Durand", relationship: "Père", incomeAmount: 420000 },
    },
  },
  {
    renter: "hugo",
    listing: "flat",
    state: "withdrawn",
    message: "Bonjour, l'appartement est-il toujours disponible ?",
    profile: ["Hugo", "Bernard", { budgetAmount: 100000 }],
    dossier: {
      incomeAmount: 290000,
      guarantor: { name: "Claire Bernard", relationship: "Sœur", incomeAmount: 260000 },
    },
  },
];

/** Listings on 2A (a furnished studio), 3A (an unfurnished flat), 3B (a draft), and their applications. */
export async function seedListings(api, people, apartments) {
  const availableFrom = monthStart(today(), 1);
  const ads = adsOf(availableFrom);
  const [studio, flat, draft] = await Promise.all([
    ensureListing(api, people.owner, apartments["2A"], ads.studio),
    ensureListing(api, people.owner, apartments["3A"], ads.flat),
    ensureListing(api, people.owner, apartments["3B"], ads.draft),
  ]);
  const listings = { studio, flat, draft };
  // Different people, different applications: side by side.
  await Promise.all(
    APPLICATIONS.map((a) =>
      ensureApplication(api, {
        owner: people.owner,
        renter: people[a.renter],
        listingId: listings[a.listing],
        moveInDate: availableFrom,
        state: a.state,
        message: a.message,
        profile: profileOf(...a.profile),
        dossier: a.dossier,
      }),
    ),
  );
  return listings;
}
