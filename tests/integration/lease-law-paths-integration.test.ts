import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, type ApiClient, type Caller, type JsonInput } from "../setup/client";
import { createApartment, signUpLandlord, signUpRenter, uniqueEmail } from "../setup/helpers";
import { futureDate } from "../setup/dates";
import { applyTo, createListing, PROFILE } from "../setup/listings";

// Issue 13 leftovers: French lease law (loi n° 89-462, worker/lib/french-lease-law.ts) on every path where a
// lease's terms enter — the ad (its deposit for its kind), the application (its term) and its acceptance and
// confirmation (the ad may have changed) — and a pro-rated first or last month never above one month's rent.

type ListingInput = JsonInput<ApiClient["listings"]["$post"]>;
const AD = { livingArea: 24.5, furnished: true, energyClass: "C", ghgClass: "D" } as const;

async function frenchAd(owner: Caller, over: Partial<ListingInput>) {
  const { apartmentId } = await createApartment(owner, "AD");
  const res = await api(owner).listings.$post({
    json: {
      apartmentId,
      title: "Studio meublé",
      description: "Meublé, proche du tram.",
      city: "Lyon",
      address: "12 Rue des Lilas",
      type: "studio",
      availableFrom: "2026-09-01",
      rooms: [{ name: "Studio", capacity: 1, rentAmount: 54000 }],
      ...AD,
      ...over,
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.json.id;
}

const listingOf = async (owner: Caller, id: string) => (await api(owner).listings[":id"].$get({ param: { id } })).json;

describe("a French ad's deposit (art. 22, 25-6)", () => {
  it("the handed case: 2000 € on a furnished 540 € rent (3.7 months) is refused at publishing, 1080 € publishes", async () => {
    const owner = await signUpLandlord("Deposit Ads");
    const id = await frenchAd(owner, { depositAmount: 200000 });
    const refused = await api(owner).listings[":id"].publish.$post({ param: { id } });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.problem.code).toBe("deposit_above_cap");
    expect(refused.problem.errors).toEqual([
      expect.objectContaining({ path: "depositAmount", params: { capMonths: 2, cap: 108000, deposit: 200000 } }),
    ]);
    expect((await listingOf(owner, id)).status).toBe("draft");
    expect((await api().public.listings[":id"].$get({ param: { id } })).status).toBe(404);

    expect((await api(owner).listings[":id"].$patch({ param: { id }, json: { depositAmount: 108000 } })).status).toBe(
      200,
    );
    expect((await api(owner).listings[":id"].publish.$post({ param: { id } })).status).toBe(200);
  });

  it("an unfurnished ad: one month is the cap (one cent more refused)", async () => {
    const owner = await signUpLandlord("Deposit Nue");
    const over = await frenchAd(owner, { furnished: false, depositAmount: 54001 });
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: over } })).problem.code).toBe(
      "deposit_above_cap",
    );
    const at = await frenchAd(owner, { furnished: false, depositAmount: 54000 });
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: at } })).status).toBe(200);
  });

  it("a published ad cannot be edited into an unlawful deposit (raise, unfurnish, cheaper rooms): nothing written", async () => {
    const owner = await signUpLandlord("Deposit Edits");
    const id = await frenchAd(owner, { depositAmount: 108000 });
    expect((await api(owner).listings[":id"].publish.$post({ param: { id } })).status).toBe(200);
    const patch = (json: JsonInput<ApiClient["listings"][":id"]["$patch"]>) =>
      api(owner).listings[":id"].$patch({ param: { id }, json });
    for (const json of [
      { depositAmount: 108001 },
      { furnished: false },
      { rooms: [{ name: "Studio", capacity: 1, rentAmount: 50000 }] },
    ]) {
      const res = await patch(json);
      expect(res.status, res.text).toBe(422);
      expect(res.problem.code).toBe("deposit_above_cap");
    }
    const after = await listingOf(owner, id);
    expect([after.depositAmount, after.furnished, after.rentAmount]).toEqual([108000, true, 54000]);
    expect((await patch({ depositAmount: 54000, furnished: false })).status).toBe(200);
  });

  it("outside France the ad's deposit is free", async () => {
    const owner = await signUpLandlord("Deposit Abroad");
    const p = await api(owner).properties.$post({
      json: { name: "Haus", address: "Hauptstraße 1", city: "Berlin", postalCode: "10115", country: "Germany" },
    });
    const a = await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 1, rentAmount: 54000, currency: "EUR" },
    });
    const res = await api(owner).listings.$post({
      json: {
        apartmentId: a.json.id,
        title: "Möbliertes Studio",
        description: "Nahe der U-Bahn.",
        city: "Berlin",
        address: "Hauptstraße 1",
        type: "studio",
        availableFrom: "2026-09-01",
        depositAmount: 200000,
        rooms: [{ name: "Studio", capacity: 1, rentAmount: 54000 }],
      },
    });
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: res.json.id } })).status).toBe(200);
  });
});

async function applicant() {
  const renter = await signUpRenter();
  expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
  return renter;
}
const countRows = async (sql: string, ...args: string[]) =>
  (await env.DB.prepare(sql)
    .bind(...args)
    .first<{ n: number }>())!.n;
const setAd = (listingId: string, depositAmount: number, furnished: boolean) =>
  env.DB.prepare("update listings set deposit_amount = ?, furnished = ? where id = ?")
    .bind(depositAmount, furnished ? 1 : 0, listingId)
    .run();

describe("an application's lease (loi n° 89-462)", () => {
  // The fixture: a published furnished ad in Lyon, 720 € rent, 720 € deposit.
  it("the handed case: 2 months on a furnished ad is refused at applying (lease_too_short), nothing written", async () => {
    const owner = await signUpLandlord("Apply Law");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await applicant();
    const res = await applyTo(renter, listingId, { durationMonths: 2 });
    expect(res.status, res.text).toBe(422);
    expect(res.problem.code).toBe("lease_too_short");
    expect(res.problem.errors).toEqual([
      expect.objectContaining({
        path: "durationMonths",
        code: "lease_too_short",
        params: expect.objectContaining({ minMonths: 12, months: 2 }),
      }),
    ]);
    expect(await countRows("select count(*) as n from applications where listing_id = ?", listingId)).toBe(0);
    // 11 months too; 12 is the minimum of a bail meublé (art. 25-7).
    expect((await applyTo(renter, listingId, { durationMonths: 11 })).problem.code).toBe("lease_too_short");
    expect((await applyTo(renter, listingId, { durationMonths: 12 })).status).toBe(201);
  });

  it("an unfurnished ad needs 36 months (individual landlord), and an unlawful deposit refuses any term", async () => {
    const owner = await signUpLandlord("Apply Nue");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId);
    await setAd(listingId, 72000, false);
    const renter = await applicant();
    expect((await applyTo(renter, listingId, { durationMonths: 35 })).problem.code).toBe("lease_too_short");
    await setAd(listingId, 144001, true);
    const deposit = await applyTo(renter, listingId, { durationMonths: 12 });
    expect([deposit.status, deposit.problem.code]).toEqual([422, "deposit_above_cap"]);
    await setAd(listingId, 72000, false);
    expect((await applyTo(renter, listingId, { durationMonths: 36 })).status).toBe(201);
  });

  it("accepting and confirming re-check the ad: an unlawful change refuses both, no lease; lawful again confirms", async () => {
    const owner = await signUpLandlord("Confirm Law");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await applicant();
    const applied = await applyTo(renter, listingId, { durationMonths: 12 });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    const accept = () => api(owner).applications[":id"].accept.$post({ param: { id } });
    const confirm = () => api(owner).applications[":id"].confirm.$post({ param: { id } });
    const status = async () =>
      (await env.DB.prepare("select status from applications where id = ?").bind(id).first<{ status: string }>())!
        .status;

    await setAd(listingId, 72000, false); // now unfurnished: 12 months is too short
    const notAccepted = await accept();
    expect([notAccepted.status, notAccepted.problem.code]).toEqual([422, "lease_too_short"]);
    expect(await status()).toBe("pending");
    await setAd(listingId, 72000, true);
    expect((await accept()).status).toBe(200);

    await setAd(listingId, 200000, true); // the deposit raised above two months
    const notConfirmed = await confirm();
    expect([notConfirmed.status, notConfirmed.problem.code]).toEqual([422, "deposit_above_cap"]);
    expect(await status()).toBe("accepted_pending_payment");
    expect(await countRows("select count(*) as n from leases where apartment_id = ?", apartmentId)).toBe(0);
    expect(
      await countRows("select count(*) as n from listing_places where listing_id = ? and filled > 0", listingId),
    ).toBe(0);

    await setAd(listingId, 144000, true);
    const confirmed = await confirm();
    expect(confirmed.status, confirmed.text).toBe(200);
    const lease = await env.DB.prepare(
      "select kind, start_date, end_date, deposit_amount, rent_amount from leases where id = ?",
    )
      .bind(confirmed.json.leaseId!)
      .first();
    expect(lease).toEqual({
      kind: "furnished",
      // The application's move-in (the 1st, two months on: tests/setup/listings.ts) and 12 months less a day.
      start_date: futureDate(1),
      end_date: futureDate(0, 14),
      deposit_amount: 144000,
      rent_amount: 72000,
    });
  });
});

describe("first and last month amounts (any lease)", () => {
  type LeaseBody = JsonInput<ApiClient["apartments"][":id"]["leases"]["$post"]>;
  async function flat(country: string) {
    const owner = await signUpLandlord(`Months ${country}`);
    const p = await api(owner).properties.$post({
      json: {
        name: "House",
        address: "1 Main Street",
        city: "Town",
        postalCode: country === "France" ? "75001" : "10115",
        country,
      },
    });
    const a = await api(owner).apartments.$post({
      json: { propertyId: p.json.id, unitNumber: "1", roomsCount: 2, rentAmount: 50000, currency: "EUR" },
    });
    expect(a.status, a.text).toBe(201);
    const apartmentId = a.json.id;
    const post = (terms: Partial<LeaseBody>) =>
      api(owner).apartments[":id"].leases.$post({
        param: { id: apartmentId },
        json: { renterEmail: uniqueEmail(), startDate: "2026-09-15", rentAmount: 50000, dueDay: 1, ...terms },
      });
    return { apartmentId, post };
  }

  it.each(["France", "Germany"])(
    "in %s: 50 000 € on a 500 € rent is refused (partial_month_above_rent), nothing written",
    async (country) => {
      const { apartmentId, post } = await flat(country);
      for (const field of ["firstMonthAmount", "lastMonthAmount"] as const) {
        const res = await post({ [field]: 5000000 });
        expect(res.status, res.text).toBe(422);
        expect(res.problem.code).toBe("partial_month_above_rent");
        expect(res.problem.errors).toEqual([
          expect.objectContaining({
            path: field,
            code: "partial_month_above_rent",
            params: { rent: 50000, amount: 5000000 },
          }),
        ]);
      }
      expect(
        (await post({ firstMonthAmount: 50001, lastMonthAmount: 50001 })).problem.errors?.map((e) => e.path),
      ).toEqual(["firstMonthAmount", "lastMonthAmount"]);
      expect(await countRows("select count(*) as n from leases where apartment_id = ?", apartmentId)).toBe(0);
      expect(await countRows("select count(*) as n from lease_renters where apartment_id = ?", apartmentId)).toBe(0);
      const lawful = await post({ firstMonthAmount: 26000, lastMonthAmount: 50000 });
      expect(lawful.status, lawful.text).toBe(201);
      expect([lawful.json.lease.firstMonthAmount, lawful.json.lease.lastMonthAmount]).toEqual([26000, 50000]);
    },
  );
});
