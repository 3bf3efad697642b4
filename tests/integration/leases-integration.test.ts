import { describe, expect, it } from "vitest";
import { api, type ApiClient, type JsonInput, rawCall } from "../setup/client";
import {
  addMember,
  addRenter,
  createApartment,
  env,
  linkToken,
  PASSWORD,
  signUpLandlord,
  signUpRenter,
  uniqueEmail,
  waitForMail,
  signUpAndSignIn,
} from "../setup/helpers";

const lease = (renterEmail: string, extra: Record<string, unknown> = {}) => ({
  renterEmail,
  startDate: "2026-02-01",
  rentAmount: 85000,
  dueDay: 5,
  depositAmount: 170000,
  kind: "furnished" as const, // two months' deposit and a one-year term: lawful for a furnished lease in France
  ...extra,
});
const profile = {
  firstName: "Rita",
  lastName: "Renter",
  phone: "+33 6 12 34 56 78",
  birthDate: "1990-04-02",
  address: "3 Rue Neuve, 75001 Paris",
};

describe("leases and renter invitations", () => {
  it("owner adds a renter: lease + invitation, email, sign-up, accept, My homes", async () => {
    const owner = await signUpLandlord("Maple Lettings");
    const { apartmentId } = await createApartment(owner, "3B");
    const email = uniqueEmail("newrenter");

    const created = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: { ...lease(email.toUpperCase()), endDate: "2027-01-31" },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json.lease).toMatchObject({
      apartmentId,
      startDate: "2026-02-01",
      endDate: "2027-01-31",
      rentAmount: 85000,
      currency: "EUR",
      dueDay: 5,
      depositAmount: 170000,
      createdBy: owner.userId,
    });
    expect(created.json.lease).not.toHaveProperty("orgId");
    expect(created.json.invitation).toMatchObject({ email });
    expect(Date.parse(created.json.invitation.expiresAt)).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);

    // The invitee has no account yet: the email speaks the org's language (French, a new org's).
    const mail = await waitForMail(email, "lease_invitation");
    expect(mail.subject).toContain("12 Rue des Lilas");
    expect(mail.text).toContain("Maple Lettings vous a ajouté comme locataire");
    expect(mail.text).toContain("à partir du 1er février 2026");
    expect(mail.text).toMatch(/\/invitations\/accept\?token=/);

    // Listed on the landlord side before the renter joins: invited, not joined.
    const pending = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(pending.status).toBe(200);
    expect(pending.json.results).toHaveLength(1);
    expect(pending.json.results[0]).toMatchObject({
      id: created.json.lease.id,
      status: "current",
      renters: [{ email, name: null, joinedAt: null }],
    });

    // The renter signs up with the invited address, then accepts.
    const renter = await signUpAndSignIn({ email, password: PASSWORD, name: "Nina Newrenter", accountType: "renter" });
    expect((await api().invitations.accept.$post({ json: { token: linkToken(mail.text) } })).status).toBe(401);
    const accepted = await api(renter).invitations.accept.$post({ json: { token: linkToken(mail.text) } });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json).toMatchObject({ kind: "lease", apartmentId, leaseId: created.json.lease.id });
    expect(typeof accepted.json.accessToken).toBe("string");

    const homes = await api(renter).me.homes.$get();
    expect(homes.status).toBe(200);
    expect(homes.json.results).toEqual([
      {
        apartmentId,
        unitNumber: "3B",
        propertyName: "3B House",
        address: "12 Rue des Lilas",
        city: "Lyon",
        orgName: "Maple Lettings",
        leaseId: created.json.lease.id,
        startDate: "2026-02-01",
        endDate: "2027-01-31",
        rentAmount: 85000,
        chargesAmount: 0,
        currency: "EUR",
        dueDay: 5,
        unread: 0,
        status: "current",
        timezone: "Europe/Paris",
        // The ledger's sum, which depends on today's date (homes-balance-integration checks its value).
        balance: expect.any(Number),
      },
    ]);
    const joined = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(joined.json.results[0]!.renters).toEqual([
      expect.objectContaining({ email, name: "Nina Newrenter", joinedAt: expect.any(String) }),
    ]);
    // The renter now reaches the apartment's feed; a landlord's list of homes is empty.
    expect((await api(renter).apartments[":id"].activities.$get({ param: { id: apartmentId } })).status).toBe(200);
    expect((await api(owner).me.homes.$get()).json.results).toEqual([]);
  });

  it("a co-renter gets their own invitation; the same address twice on one lease is a conflict", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { renter: first, leaseId } = await addRenter(owner, apartmentId);
    const co = await signUpRenter("Colin Corenter");

    const invited = await api(owner).leases[":id"].renters.$post({ param: { id: leaseId }, json: { email: co.email } });
    expect(invited.status, invited.text).toBe(201);
    expect(invited.json).toMatchObject({ email: co.email, id: expect.any(String), expiresAt: expect.any(String) });
    const mail = await waitForMail(co.email, "lease_invitation");
    const firstMail = await waitForMail(first.email, "lease_invitation");
    expect(linkToken(mail.text)).not.toBe(linkToken(firstMail.text));
    // The first renter's (used) token does not work for the co-renter, the co-renter's own does.
    expect((await api(co).invitations.accept.$post({ json: { token: linkToken(firstMail.text) } })).status).toBe(409);
    const accepted = await api(co).invitations.accept.$post({ json: { token: linkToken(mail.text) } });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json).toMatchObject({ kind: "lease", apartmentId, leaseId });

    const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(leases.json.results).toHaveLength(1);
    expect(leases.json.results[0]!.renters.map((r: { email: string }) => r.email).sort()).toEqual(
      [first.email, co.email].sort(),
    );
    expect((await api(co).me.homes.$get()).json.results.map((h: { leaseId: string }) => h.leaseId)).toEqual([leaseId]);

    const again = await api(owner).leases[":id"].renters.$post({
      param: { id: leaseId },
      json: { email: co.email.toUpperCase() },
    });
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe("already_on_lease");
    expect(
      (await api(owner).leases[":id"].renters.$post({ param: { id: "no-such-lease" }, json: { email: uniqueEmail() } }))
        .status,
    ).toBe(404);
  });

  it("a renter with leases at two orgs sees both homes", async () => {
    const ownerA = await signUpLandlord("Alpha Homes");
    const ownerB = await signUpLandlord("Beta Estates");
    const a = await createApartment(ownerA, "A1");
    const b = await createApartment(ownerB, "B7", "CHF");
    const renter = await signUpRenter();
    await addRenter(ownerA, a.apartmentId, { startDate: "2025-09-01" }, renter);
    await addRenter(ownerB, b.apartmentId, { startDate: "2026-03-01", rentAmount: 150000 }, renter);

    const homes = await api(renter).me.homes.$get();
    expect(homes.status).toBe(200);
    // Newest lease first.
    expect(
      homes.json.results.map((h: { apartmentId: string; orgName: string; currency: string }) => [
        h.apartmentId,
        h.orgName,
        h.currency,
      ]),
    ).toEqual([
      [b.apartmentId, "Beta Estates", "CHF"],
      [a.apartmentId, "Alpha Homes", "EUR"],
    ]);
    for (const id of [a.apartmentId, b.apartmentId])
      expect((await api(renter).apartments[":id"].activities.$get({ param: { id } })).status).toBe(200);
    // Each org still sees only its own lease.
    expect((await api(ownerB).apartments[":id"].leases.$get({ param: { id: a.apartmentId } })).status).toBe(404);
  });

  it("an invitation works once, only for the invited address, and not after it expires", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const invitee = await signUpRenter();
    const stranger = await signUpRenter("Sam Stranger");
    const created = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: lease(invitee.email),
    });
    expect(created.status).toBe(201);
    const token = linkToken((await waitForMail(invitee.email, "lease_invitation")).text);

    const mismatch = await api(stranger).invitations.accept.$post({ json: { token } });
    expect(mismatch.status).toBe(400);
    expect(mismatch.problem.code).toBe("invitation_email_mismatch");
    expect(mismatch.problem.detail).toContain(invitee.email);
    expect((await api(stranger).me.homes.$get()).json.results).toEqual([]);
    expect((await api(stranger).apartments[":id"].activities.$get({ param: { id: apartmentId } })).status).toBe(404);

    expect((await api(invitee).invitations.accept.$post({ json: { token } })).status).toBe(200);
    const reused = await api(invitee).invitations.accept.$post({ json: { token } });
    expect(reused.status).toBe(409);
    expect(reused.problem.code).toBe("invitation_used");
    expect((await api(invitee).invitations.accept.$post({ json: { token: "not-a-real-token-at-all" } })).status).toBe(
      404,
    );

    // An expired invitation is refused with its own code.
    const late = await signUpRenter();
    expect(
      (
        await api(owner).leases[":id"].renters.$post({
          param: { id: created.json.lease.id },
          json: { email: late.email },
        })
      ).status,
    ).toBe(201);
    const lateToken = linkToken((await waitForMail(late.email, "lease_invitation")).text);
    await env.DB.prepare("update lease_renters set expires_at = ? where email = ?")
      .bind("2020-01-01T00:00:00.000Z", late.email)
      .run();
    const expired = await api(late).invitations.accept.$post({ json: { token: lateToken } });
    expect(expired.status).toBe(400);
    expect(expired.problem.code).toBe("invitation_expired");
  });

  it("refuses a co-renter on a lease that has ended", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const created = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: { ...lease(uniqueEmail()), startDate: "2020-01-01", endDate: "2021-01-01" },
    });
    expect(created.status, created.text).toBe(201);
    const res = await api(owner).leases[":id"].renters.$post({
      param: { id: created.json.lease.id },
      json: { email: uniqueEmail() },
    });
    expect(res.status).toBe(409);
    expect(res.problem.code).toBe("lease_ended");
  });

  it("only owners and managers create leases; renters cannot list them", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const maintenance = await addMember(owner, "maintenance");
    const denied = await api(maintenance).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: lease(uniqueEmail()),
    });
    expect(denied.status).toBe(403);
    expect(denied.problem.code).toBe("forbidden");
    const { renter, leaseId } = await addRenter(owner, apartmentId);
    expect(
      (await api(maintenance).leases[":id"].renters.$post({ param: { id: leaseId }, json: { email: uniqueEmail() } }))
        .status,
    ).toBe(403);
    // Maintenance staff do not read leases (lease-private, issue 15 §4); the owner sees nothing was created.
    expect((await api(maintenance).apartments[":id"].leases.$get({ param: { id: apartmentId } })).status).toBe(403);
    const list = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(list.status).toBe(200);
    expect(list.json.results).toHaveLength(1);

    const asRenter = await api(renter).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(asRenter.status).toBe(404);
    expect(
      (await api(renter).apartments[":id"].leases.$post({ param: { id: apartmentId }, json: lease(uniqueEmail()) }))
        .status,
    ).toBe(404);
    expect(
      (await api(renter).leases[":id"].renters.$post({ param: { id: leaseId }, json: { email: uniqueEmail() } }))
        .status,
    ).toBe(403);

    const manager = await addMember(owner, "manager");
    expect(
      (
        await api(manager).apartments[":id"].leases.$post({
          param: { id: apartmentId },
          json: lease(uniqueEmail(), { startDate: "2027-01-01" }),
        })
      ).status,
    ).toBe(201);
    const upcoming = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(upcoming.json.results.map((l: { status: string }) => l.status)).toEqual(["upcoming", "current"]);
  });

  it("validates lease input: dueDay 1..31, dates, amounts, email", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const post = (body: JsonInput<ApiClient["apartments"][":id"]["leases"]["$post"]>) =>
      api(owner).apartments[":id"].leases.$post({ param: { id: apartmentId }, json: body });
    const fieldsOf = (res: Awaited<ReturnType<typeof post>>) => res.problem.errors!.map((e) => e.path);

    // Issue 12 §6: 29–31 are due days now (31 = the last day of every month); 32 is not.
    for (const dueDay of [0, 32, 5.5]) {
      const res = await post(lease(uniqueEmail(), { dueDay }));
      expect(res.status, `dueDay ${dueDay}`).toBe(400);
      expect(fieldsOf(res)).toEqual(["dueDay"]);
    }
    for (const dueDay of [1, 28, 31])
      expect((await post(lease(uniqueEmail(), { dueDay }))).status, `dueDay ${dueDay}`).toBe(201);

    const backwards = await post(lease(uniqueEmail(), { startDate: "2026-06-01", endDate: "2026-05-31" }));
    expect(backwards.status).toBe(400);
    expect(backwards.problem.code).toBe("invalid_input");
    expect(fieldsOf(backwards)).toEqual(["endDate"]);
    // Issue 13 §5: a lease of one day passes the date checks, and French law then refuses it (a flat in Lyon);
    // a one-month bail mobilité (no deposit) is the shortest lawful lease.
    const oneDay = await post(lease(uniqueEmail(), { startDate: "2026-06-01", endDate: "2026-06-01" }));
    expect(oneDay.status).toBe(422);
    expect(oneDay.problem.code).toBe("lease_too_short");
    const oneMonth = {
      ...{ startDate: "2026-06-01", endDate: "2026-06-30", kind: "mobility", depositAmount: 0 },
      mobilityReason: "internship",
    } as const;
    expect((await post(lease(uniqueEmail(), oneMonth))).status).toBe(201);

    const bad = await post({
      renterEmail: "not-an-email",
      startDate: "2026-13-45",
      rentAmount: 850.5,
      dueDay: 5,
      depositAmount: -1,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(["renterEmail", "startDate", "rentAmount", "depositAmount"]));

    // Nothing half-written: only the four valid leases exist.
    expect((await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } })).json.results).toHaveLength(
      4,
    );
  });

  it("a renter completes and reads back their details; bad details are refused field by field", async () => {
    const renter = await signUpRenter();
    const empty = await api(renter).me.profile.$get();
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({ profile: null });

    const bad = await api(renter).me.profile.$put({
      json: { firstName: " ", lastName: "", phone: "call me maybe", birthDate: "02/04/1990", address: "x" },
    });
    expect(bad.status).toBe(400);
    expect(bad.problem.code).toBe("invalid_input");
    expect((bad.problem.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      "address",
      "birthDate",
      "firstName",
      "lastName",
      "phone",
    ]);
    expect((await rawCall("PUT", "/api/me/profile", { firstName: "Rita" }, renter)).status).toBe(400);
    expect((await api(renter).me.profile.$get()).json.profile).toBeNull();

    const saved = await api(renter).me.profile.$put({ json: { ...profile, firstName: "  Rita  " } });
    expect(saved.status, saved.text).toBe(200);
    // The dossier part of the profile (worker/dossier) is null until the renter fills it in.
    expect(saved.json.profile).toEqual({
      ...profile,
      nationality: null,
      education: null,
      budgetAmount: null,
      budgetCurrency: null,
      updatedAt: expect.any(String),
    });
    const updated = await api(renter).me.profile.$put({ json: { ...profile, phone: "+44 20 7946 0958" } });
    expect(updated.status).toBe(200);
    const read = await api(renter).me.profile.$get();
    expect(read.json.profile).toEqual({
      ...profile,
      phone: "+44 20 7946 0958",
      nationality: null,
      education: null,
      budgetAmount: null,
      budgetCurrency: null,
      updatedAt: updated.json.profile.updatedAt,
    });
    // One profile per person, never another's.
    const other = await signUpRenter();
    expect((await api(other).me.profile.$get()).json.profile).toBeNull();
    expect((await api().me.profile.$get()).status).toBe(401);
  });
});
