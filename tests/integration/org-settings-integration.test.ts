import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, multipart, type JsonInput, type ApiClient } from "../setup/client";
import {
  addMember,
  addRenter,
  BASE,
  createApartment,
  env,
  signUpLandlord,
  signUpRenter,
  type Landlord,
} from "../setup/helpers";
import { agreementFieldsOf } from "../setup/documents";
import { createListing, pngOf } from "../setup/listings";

/**
 * Org settings (issue 13 §1): owners read and change the legal identity, bank details, logo and defaults;
 * every other actor is refused and nothing changes; each kind of field is checked (valid and invalid) with its
 * own problem code; new orgs start French; apartments without a currency take the org's, whatever the browser
 * says; the org's bank details reach renters where they pay (and only renters who still rent).
 */

const IBAN_TYPED = "FR76 3000 6000 0112 3456 7890 189";
const IBAN = "FR7630006000011234567890189";
const SIRET = "73282932000074";

const settingsOf = (who: Landlord) => api(who).orgs.current.settings.$get();
type SettingsPatch = JsonInput<ApiClient["orgs"]["current"]["settings"]["$patch"]>;
const patch = (who: { token: string }, json: SettingsPatch) => api(who).orgs.current.settings.$patch({ json });
/** GETs a signed `/files` link as `who`. */
const fetchFile = (url: string, who: { token?: string }) =>
  exports.default.fetch(new Request(`${BASE}${url}`, { headers: { authorization: `Bearer ${who.token}` } }));

describe("org settings: who may read and change them", () => {
  let owner: Landlord;
  let manager: { token: string };
  let maintenance: { token: string };
  beforeAll(async () => {
    owner = await signUpLandlord("Settings Org");
    [manager, maintenance] = await Promise.all([addMember(owner, "manager"), addMember(owner, "maintenance")]);
  });

  it("a new org starts in French, in France, in euros, on Paris time, without a legal identity", async () => {
    const res = await settingsOf(owner);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      name: "Settings Org",
      locale: "fr",
      country: "FR",
      currency: "EUR",
      timezone: "Europe/Paris",
      legalName: null,
      iban: null,
      logo: null,
      identityComplete: false,
    });
    // Onboarding (POST /orgs, e.g. after Google sign-in) creates orgs the same way.
    const created = await api(owner).orgs.$post({ json: { name: "Second Org" } });
    expect(created.status, created.text).toBe(201);
    const row = await env.DB.prepare("select locale, country, currency, timezone from orgs where id = ?")
      .bind(created.json.org.id)
      .first();
    expect(row).toEqual({ locale: "fr", country: "FR", currency: "EUR", timezone: "Europe/Paris" });
  });

  it("only owners read and change them: managers and maintenance 403, renters 403, signed out 401", async () => {
    const renter = await signUpRenter();
    const before = await settingsOf(owner);
    for (const who of [manager, maintenance, renter]) {
      expect((await api(who).orgs.current.settings.$get()).status).toBe(403);
      const refused = await patch(who, { legalName: "Hijacked SCI", iban: IBAN_TYPED });
      expect(refused.status).toBe(403);
      expect((await api(who).orgs.current.settings.logo.$delete()).status).toBe(403);
    }
    expect((await api().orgs.current.settings.$get()).status).toBe(401);
    expect((await settingsOf(owner)).json).toEqual(before.json);
    // Managers still read what their work needs: the currency and time zone of the org.
    const current = await api(manager).orgs.current.$get();
    expect(current.json.org).toMatchObject({ currency: "EUR", timezone: "Europe/Paris" });
    expect(current.json.permissions).not.toContain("org.settings");
    expect((await api(owner).orgs.current.$get()).json.permissions).toContain("org.settings");
  });

  it("the owner sets the legal identity and bank details: IBAN stored electronic and printed in groups of 4", async () => {
    const res = await patch(owner, {
      legalName: "SCI Les Tilleuls",
      legalForm: "SCI",
      legalKind: "company",
      companyNumber: "732 829 320 00074",
      street: "1 Place Bellecour",
      postalCode: "69002",
      city: "Lyon",
      addressCountry: "fr",
      contactEmail: "Gestion@Tilleuls.example",
      contactPhone: "+33 4 78 00 00 00",
      bankHolder: "SCI Les Tilleuls",
      iban: IBAN_TYPED.toLowerCase(),
      bic: "agri fr pp",
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      companyNumber: SIRET,
      addressCountry: "FR",
      contactEmail: "gestion@tilleuls.example",
      iban: IBAN,
      ibanPrinted: IBAN_TYPED,
      bic: "AGRIFRPP",
      identityComplete: true,
    });
    expect((await settingsOf(owner)).json).toEqual(res.json);
    // Clearing a field is null or an empty string; absent fields stay.
    const cleared = await patch(owner, { contactPhone: "", bic: null });
    expect(cleared.json).toMatchObject({ contactPhone: null, bic: null, iban: IBAN, legalName: "SCI Les Tilleuls" });
  });
});

describe("org settings: each kind of field is checked, with its own code, and nothing is half-written", () => {
  let owner: Landlord;
  beforeAll(async () => {
    owner = await signUpLandlord("Checks Org");
  });

  const refused = async (json: Parameters<typeof patch>[1], code: string, path: string) => {
    const before = (await settingsOf(owner)).json;
    const res = await patch(owner, { legalName: "Should Not Land", ...json });
    expect(res.status, res.text).toBe(400);
    expect(res.problem.code).toBe(code);
    expect(res.problem.errors?.map((e) => e.path)).toContain(path);
    expect((await settingsOf(owner)).json).toEqual(before);
  };

  it("IBAN (ISO 13616): one digit changed is refused", async () => {
    await refused({ iban: "FR76 3000 6000 0112 3456 7890 188" }, "invalid_iban", "iban");
    await refused({ iban: "not an iban" }, "invalid_iban", "iban");
    expect((await patch(owner, { iban: IBAN_TYPED })).json.iban).toBe(IBAN);
  });

  it("BIC (ISO 9362): 8 or 11 characters with a real country", async () => {
    await refused({ bic: "AGRIFR" }, "invalid_bic", "bic");
    await refused({ bic: "AGRIQQPP" }, "invalid_bic", "bic");
    expect((await patch(owner, { bic: "BNPAFRPPXXX" })).json.bic).toBe("BNPAFRPPXXX");
  });

  it("SIRET in France: 14 digits with the Luhn key, La Poste's by the sum of its digits; other countries' numbers as typed", async () => {
    await refused({ companyNumber: "73282932000075" }, "invalid_siret", "companyNumber");
    await refused({ companyNumber: "7328293200007" }, "invalid_siret", "companyNumber");
    await refused({ companyNumber: "35600000052136" }, "invalid_siret", "companyNumber");
    expect((await patch(owner, { companyNumber: SIRET })).json.companyNumber).toBe(SIRET);
    // La Poste (SIREN 356 000 000): no Luhn key, the digits sum to a multiple of 5.
    expect((await patch(owner, { companyNumber: "356 000 000 52135" })).json.companyNumber).toBe("35600000052135");
    // A Belgian company: its enterprise number is not a SIRET.
    const be = await patch(owner, { addressCountry: "BE", companyNumber: "0403.170.701", postalCode: "1000" });
    expect(be.status, be.text).toBe(200);
    expect(be.json.companyNumber).toBe("0403.170.701");
    // Moving the address back to France checks the stored number again.
    await refused({ addressCountry: "FR" }, "invalid_siret", "companyNumber");
  });

  it("French postcodes have 5 digits; countries are ISO 3166 alpha-2", async () => {
    const back = await patch(owner, { addressCountry: "FR", companyNumber: SIRET, postalCode: "69002" });
    expect(back.status, back.text).toBe(200);
    await refused({ postalCode: "6900" }, "invalid_postcode", "postalCode");
    await refused({ addressCountry: "ZZ" }, "invalid_country", "addressCountry");
    await refused({ country: "France" }, "invalid_country", "country");
  });

  it("defaults: currency ISO 4217, time zone IANA, language one of fr/en/uk/he", async () => {
    await refused({ currency: "XYZ" }, "invalid_currency", "currency");
    await refused({ timezone: "Mars/Olympus_Mons" }, "invalid_timezone", "timezone");
    await refused({ timezone: "+01:00" }, "invalid_timezone", "timezone");
    await refused({ locale: "de" as "fr" }, "invalid_input", "locale");
    const ok = await patch(owner, { currency: "chf", timezone: "America/Montreal", locale: "uk", country: "ch" });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json).toMatchObject({ currency: "CHF", locale: "uk", country: "CH" });
    // An alias is stored in its canonical IANA spelling.
    expect(ok.json.timezone).toMatch(/^America\/(Toronto|Montreal)$/);
  });
});

describe("new apartments take the org's currency; nothing comes from the browser", () => {
  it("a GBP org's apartment is in GBP; a EUR org's is in EUR even from an en-GB browser", async () => {
    const gbp = await signUpLandlord("Pounds Ltd");
    expect((await patch(gbp, { currency: "GBP", country: "GB", timezone: "Europe/London" })).status).toBe(200);
    const eur = await signUpLandlord("Euros SCI");
    for (const [org, expected] of [
      [gbp, "GBP"],
      [eur, "EUR"],
    ] as const) {
      const p = await api(org).properties.$post({
        json: { name: "Lyon House", address: "3 Rue Mercière", city: "Lyon", postalCode: "69002", country: "France" },
      });
      expect(p.status, p.text).toBe(201);
      const res = await exports.default.fetch(
        new Request(`${BASE}/api/apartments`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${org.token}`,
            "content-type": "application/json",
            "accept-language": "en-GB,en;q=0.9",
          },
          body: JSON.stringify({ propertyId: p.json.id, unitNumber: "1", roomsCount: 2, rentAmount: 72000 }),
        }),
      );
      expect(res.status).toBe(201);
      expect(await res.json<{ currency: string }>()).toMatchObject({ currency: expected });
    }
    // The org's currency reaches the UI with the membership (forms show it, they do not guess).
    const me = await api(gbp).me.$get();
    expect(me.json.memberships[0]?.currency).toBe("GBP");
  });

  it("search's max rent is in a chosen currency and compares only listings in it", async () => {
    const word = `Zephyrine${crypto.randomUUID().slice(0, 6)}`;
    const ids: Record<string, string> = {};
    for (const currency of ["EUR", "GBP"]) {
      const owner = await signUpLandlord(`${currency} Search Org`);
      const { apartmentId } = await createApartment(owner, "S1", currency);
      const listing = await createListing(owner, apartmentId, { title: `${word} flat` });
      await env.DB.prepare("update listings set currency = ? where id = ?").bind(currency, listing.listingId).run();
      ids[currency] = listing.listingId;
    }
    const found = async (query: Record<string, string>) =>
      (await api().public.listings.$get({ query: { q: word, priceMax: "80000", ...query } })).json.results.map(
        (l) => l.id,
      );
    expect(await found({ currency: "EUR" })).toEqual([ids.EUR]);
    expect(await found({ currency: "gbp" })).toEqual([ids.GBP]);
  });
});

describe("bank details where renters pay, and the logo", () => {
  it("staff and renters with a current lease see holder, grouped IBAN, BIC and their transfer reference; an ended lease does not", async () => {
    const owner = await signUpLandlord("Bank Org");
    const { apartmentId } = await createApartment(owner, "B1");
    const ended = await addRenter(owner, apartmentId, {
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      kind: "furnished",
    });
    const current = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const manager = await addMember(owner, "manager");
    const room = (who: { token: string }) => api(who).apartments[":id"].room.$get({ param: { id: apartmentId } });
    // No bank details yet: nobody sees any.
    expect((await room(current.renter)).json.bankDetails).toBeNull();
    expect((await patch(owner, { bankHolder: "SCI Bank", iban: IBAN_TYPED, bic: "AGRIFRPP" })).status).toBe(200);
    const seen = await room(current.renter);
    expect(seen.json.bankDetails).toEqual({ holder: "SCI Bank", iban: IBAN, ibanPrinted: IBAN_TYPED, bic: "AGRIFRPP" });
    const reference = seen.json.ledgers[0]?.transferReference;
    expect(reference).toBe(`RL-${current.leaseId.replace(/-/g, "").slice(-8).toUpperCase()}`);
    expect((await room(manager)).json.bankDetails?.ibanPrinted).toBe(IBAN_TYPED);
    const gone = await room(ended.renter);
    expect(gone.status).toBe(200);
    expect(gone.json.bankDetails).toBeNull();
  });

  it("a new agreement's landlord is the org's legal identity: legal name, registered address, contact email", async () => {
    const owner = await signUpLandlord("Agreement Org");
    const { apartmentId } = await createApartment(owner, "A1");
    const { leaseId } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const set = await patch(owner, {
      legalName: "SCI Les Tilleuls",
      street: "1 Place Bellecour",
      postalCode: "69002",
      city: "Lyon",
      contactEmail: "gestion@tilleuls.example",
      contactPhone: "+33 4 78 00 00 00",
      companyNumber: "73282932000074",
      legalForm: "SCI",
    });
    expect(set.status, set.text).toBe(200);
    const doc = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-unfurnished" },
    });
    expect(doc.status, doc.text).toBe(201);
    expect(agreementFieldsOf(doc.json.document).landlord).toEqual({
      name: "SCI Les Tilleuls",
      idNumber: "73282932000074",
      address: "1 Place Bellecour, 69002 Lyon",
      email: "gestion@tilleuls.example",
      phone: "+33 4 78 00 00 00",
      // The lease's landlord kind (a family SCI counts as a person under loi 89-462); the lease was made as one.
      kind: "individual",
      legalForm: "SCI",
      // Where the landlord is registered (the org's country): FR prints the number as a SIRET.
      country: "FR",
      // Who the landlord is in law: the org did not say, but a company number is a company's (never a person's
      // ID); a company signs through a representative (the one drafting, until the settings name one).
      entity: "company",
      representative: expect.stringMatching(/\S/),
    });
  });

  it("the owner uploads a logo through the image path; members download it, renters and managers cannot change it", async () => {
    const owner = await signUpLandlord("Logo Org");
    const manager = await addMember(owner, "manager");
    const form = () => {
      const f = new FormData();
      return pngOf(40, 20).then((png) => (f.append("file", png, "logo.png"), f));
    };
    expect((await api(manager).orgs.current.settings.logo.$post({}, multipart(await form()))).status).toBe(403);
    const up = await api(owner).orgs.current.settings.logo.$post({}, multipart(await form()));
    expect(up.status, up.text).toBe(201);
    expect(up.json.contentType).toBe("image/png");
    const file = await fetchFile(up.json.url, owner);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await file.arrayBuffer()).slice(1, 4)).toEqual(new TextEncoder().encode("PNG"));
    const byManager = await fetchFile(up.json.url, manager);
    expect(byManager.status).toBe(200);
    await byManager.arrayBuffer();
    const byStranger = await fetchFile(up.json.url, await signUpRenter());
    expect(byStranger.status).toBe(404);
    await byStranger.arrayBuffer();
    expect((await settingsOf(owner)).json.logo?.contentType).toBe("image/png");
    // Not an image: 415, and the logo stays.
    const text = new FormData();
    text.append("file", new Blob(["just text, no image here ".repeat(20)]), "logo.png");
    expect((await api(owner).orgs.current.settings.logo.$post({}, multipart(text))).status).toBe(415);
    expect((await settingsOf(owner)).json.logo).not.toBeNull();
    expect((await api(owner).orgs.current.settings.logo.$delete()).status).toBe(204);
    expect((await settingsOf(owner)).json.logo).toBeNull();
  });
});
