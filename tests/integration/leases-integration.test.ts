import { describe, expect, it } from "vitest";
import {
  addMember,
  addRenter,
  call,
  createApartment,
  env,
  linkToken,
  PASSWORD,
  signUpLandlord,
  signUpRenter,
  uniqueEmail,
  waitForMail,
} from "../setup/helpers";

const lease = (renterEmail: string, extra: Record<string, unknown> = {}) => ({
  renterEmail,
  startDate: "2026-02-01",
  rentAmount: 85000,
  dueDay: 5,
  depositAmount: 170000,
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

    const created = await call(
      "POST",
      `/api/apartments/${apartmentId}/leases`,
      { ...lease(email.toUpperCase()), endDate: "2027-01-31" },
      owner,
    );
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

    const mail = await waitForMail(email, "lease_invitation");
    expect(mail.subject).toContain("12 Rue des Lilas");
    expect(mail.text).toContain("Maple Lettings added you as a renter");
    expect(mail.text).toContain("from 2026-02-01");
    expect(mail.text).toMatch(/\/invitations\/accept\?token=/);

    // Listed on the landlord side before the renter joins: invited, not joined.
    const pending = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, owner);
    expect(pending.status).toBe(200);
    expect(pending.json.results).toHaveLength(1);
    expect(pending.json.results[0]).toMatchObject({
      id: created.json.lease.id,
      status: "current",
      renters: [{ email, name: null, joinedAt: null }],
    });

    // The renter signs up with the invited address, then accepts.
    const signup = await call("POST", "/api/auth/signup", {
      email,
      password: PASSWORD,
      name: "Nina Newrenter",
      accountType: "renter",
    });
    expect(signup.status, signup.text).toBe(201);
    const renter = { token: signup.json.accessToken as string };
    expect((await call("POST", "/api/invitations/accept", { token: linkToken(mail.text) })).status).toBe(401);
    const accepted = await call("POST", "/api/invitations/accept", { token: linkToken(mail.text) }, renter);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json).toMatchObject({ kind: "lease", apartmentId, leaseId: created.json.lease.id });
    expect(typeof accepted.json.accessToken).toBe("string");

    const homes = await call("GET", "/api/me/homes", undefined, renter);
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
        currency: "EUR",
        dueDay: 5,
        unread: 0,
        status: "current",
      },
    ]);
    const joined = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, owner);
    expect(joined.json.results[0].renters).toEqual([
      expect.objectContaining({ email, name: "Nina Newrenter", joinedAt: expect.any(String) }),
    ]);
    // The renter now reaches the apartment's feed; a landlord's list of homes is empty.
    expect((await call("GET", `/api/apartments/${apartmentId}/activities`, undefined, renter)).status).toBe(200);
    expect((await call("GET", "/api/me/homes", undefined, owner)).json.results).toEqual([]);
  });

  it("a co-renter gets their own invitation; the same address twice on one lease is a conflict", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { renter: first, leaseId } = await addRenter(owner, apartmentId);
    const co = await signUpRenter("Colin Corenter");

    const invited = await call("POST", `/api/leases/${leaseId}/renters`, { email: co.email }, owner);
    expect(invited.status, invited.text).toBe(201);
    expect(invited.json).toMatchObject({ email: co.email, id: expect.any(String), expiresAt: expect.any(String) });
    const mail = await waitForMail(co.email, "lease_invitation");
    const firstMail = await waitForMail(first.email, "lease_invitation");
    expect(linkToken(mail.text)).not.toBe(linkToken(firstMail.text));
    // The first renter's (used) token does not work for the co-renter, the co-renter's own does.
    expect((await call("POST", "/api/invitations/accept", { token: linkToken(firstMail.text) }, co)).status).toBe(409);
    const accepted = await call("POST", "/api/invitations/accept", { token: linkToken(mail.text) }, co);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json).toMatchObject({ kind: "lease", apartmentId, leaseId });

    const leases = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, owner);
    expect(leases.json.results).toHaveLength(1);
    expect(leases.json.results[0].renters.map((r: { email: string }) => r.email).sort()).toEqual(
      [first.email, co.email].sort(),
    );
    expect(
      (await call("GET", "/api/me/homes", undefined, co)).json.results.map((h: { leaseId: string }) => h.leaseId),
    ).toEqual([leaseId]);

    const again = await call("POST", `/api/leases/${leaseId}/renters`, { email: co.email.toUpperCase() }, owner);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("already_on_lease");
    expect((await call("POST", "/api/leases/no-such-lease/renters", { email: uniqueEmail() }, owner)).status).toBe(404);
  });

  it("a renter with leases at two orgs sees both homes", async () => {
    const ownerA = await signUpLandlord("Alpha Homes");
    const ownerB = await signUpLandlord("Beta Estates");
    const a = await createApartment(ownerA, "A1");
    const b = await createApartment(ownerB, "B7", "CHF");
    const renter = await signUpRenter();
    await addRenter(ownerA, a.apartmentId, { startDate: "2025-09-01" }, renter);
    await addRenter(ownerB, b.apartmentId, { startDate: "2026-03-01", rentAmount: 150000 }, renter);

    const homes = await call("GET", "/api/me/homes", undefined, renter);
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
      expect((await call("GET", `/api/apartments/${id}/activities`, undefined, renter)).status).toBe(200);
    // Each org still sees only its own lease.
    expect((await call("GET", `/api/apartments/${a.apartmentId}/leases`, undefined, ownerB)).status).toBe(404);
  });

  it("an invitation works once, only for the invited address, and not after it expires", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const invitee = await signUpRenter();
    const stranger = await signUpRenter("Sam Stranger");
    const created = await call("POST", `/api/apartments/${apartmentId}/leases`, lease(invitee.email), owner);
    expect(created.status).toBe(201);
    const token = linkToken((await waitForMail(invitee.email, "lease_invitation")).text);

    const mismatch = await call("POST", "/api/invitations/accept", { token }, stranger);
    expect(mismatch.status).toBe(400);
    expect(mismatch.json.code).toBe("invitation_email_mismatch");
    expect(mismatch.json.detail).toContain(invitee.email);
    expect((await call("GET", "/api/me/homes", undefined, stranger)).json.results).toEqual([]);
    expect((await call("GET", `/api/apartments/${apartmentId}/activities`, undefined, stranger)).status).toBe(404);

    expect((await call("POST", "/api/invitations/accept", { token }, invitee)).status).toBe(200);
    const reused = await call("POST", "/api/invitations/accept", { token }, invitee);
    expect(reused.status).toBe(409);
    expect(reused.json.code).toBe("invitation_used");
    expect((await call("POST", "/api/invitations/accept", { token: "not-a-real-token-at-all" }, invitee)).status).toBe(
      404,
    );

    // An expired invitation is refused with its own code.
    const late = await signUpRenter();
    expect(
      (await call("POST", `/api/leases/${created.json.lease.id}/renters`, { email: late.email }, owner)).status,
    ).toBe(201);
    const lateToken = linkToken((await waitForMail(late.email, "lease_invitation")).text);
    await env.DB.prepare("update lease_renters set expires_at = ? where email = ?")
      .bind("2020-01-01T00:00:00.000Z", late.email)
      .run();
    const expired = await call("POST", "/api/invitations/accept", { token: lateToken }, late);
    expect(expired.status).toBe(400);
    expect(expired.json.code).toBe("invitation_expired");
  });

  it("refuses a co-renter on a lease that has ended", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const created = await call(
      "POST",
      `/api/apartments/${apartmentId}/leases`,
      { ...lease(uniqueEmail()), startDate: "2020-01-01", endDate: "2021-01-01" },
      owner,
    );
    expect(created.status, created.text).toBe(201);
    const res = await call("POST", `/api/leases/${created.json.lease.id}/renters`, { email: uniqueEmail() }, owner);
    expect(res.status).toBe(409);
    expect(res.json.code).toBe("lease_ended");
  });

  it("only owners and managers create leases; renters cannot list them", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const maintenance = await addMember(owner, "maintenance");
    const denied = await call("POST", `/api/apartments/${apartmentId}/leases`, lease(uniqueEmail()), maintenance);
    expect(denied.status).toBe(403);
    expect(denied.json.code).toBe("forbidden");
    const { renter, leaseId } = await addRenter(owner, apartmentId);
    expect((await call("POST", `/api/leases/${leaseId}/renters`, { email: uniqueEmail() }, maintenance)).status).toBe(
      403,
    );
    // Maintenance staff may read the leases; nothing was created by the refused call.
    const list = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, maintenance);
    expect(list.status).toBe(200);
    expect(list.json.results).toHaveLength(1);

    const asRenter = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, renter);
    expect(asRenter.status).toBe(404);
    expect((await call("POST", `/api/apartments/${apartmentId}/leases`, lease(uniqueEmail()), renter)).status).toBe(
      404,
    );
    expect((await call("POST", `/api/leases/${leaseId}/renters`, { email: uniqueEmail() }, renter)).status).toBe(403);

    const manager = await addMember(owner, "manager");
    expect(
      (
        await call(
          "POST",
          `/api/apartments/${apartmentId}/leases`,
          lease(uniqueEmail(), { startDate: "2027-01-01" }),
          manager,
        )
      ).status,
    ).toBe(201);
    const upcoming = await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, owner);
    expect(upcoming.json.results.map((l: { status: string }) => l.status)).toEqual(["upcoming", "current"]);
  });

  it("validates lease input: dueDay 1..28, dates, amounts, email", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const post = (body: unknown) => call("POST", `/api/apartments/${apartmentId}/leases`, body, owner);
    const fieldsOf = (res: Awaited<ReturnType<typeof post>>) =>
      (res.json.errors as { path: string }[]).map((e) => e.path);

    for (const dueDay of [0, 29, 31, 5.5]) {
      const res = await post(lease(uniqueEmail(), { dueDay }));
      expect(res.status, `dueDay ${dueDay}`).toBe(400);
      expect(fieldsOf(res)).toEqual(["dueDay"]);
    }
    for (const dueDay of [1, 28])
      expect((await post(lease(uniqueEmail(), { dueDay }))).status, `dueDay ${dueDay}`).toBe(201);

    const backwards = await post(lease(uniqueEmail(), { startDate: "2026-06-01", endDate: "2026-05-31" }));
    expect(backwards.status).toBe(400);
    expect(backwards.json.code).toBe("invalid_input");
    expect(fieldsOf(backwards)).toEqual(["endDate"]);
    expect((await post(lease(uniqueEmail(), { startDate: "2026-06-01", endDate: "2026-06-01" }))).status).toBe(201);

    const bad = await post({
      renterEmail: "not-an-email",
      startDate: "2026-13-45",
      rentAmount: 850.5,
      dueDay: 5,
      depositAmount: -1,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(["renterEmail", "startDate", "rentAmount", "depositAmount"]));

    // Nothing half-written: only the three valid leases exist.
    expect((await call("GET", `/api/apartments/${apartmentId}/leases`, undefined, owner)).json.results).toHaveLength(3);
  });

  it("a renter completes and reads back their details; bad details are refused field by field", async () => {
    const renter = await signUpRenter();
    const empty = await call("GET", "/api/me/profile", undefined, renter);
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({ profile: null });

    const bad = await call(
      "PUT",
      "/api/me/profile",
      { firstName: " ", lastName: "", phone: "call me maybe", birthDate: "02/04/1990", address: "x" },
      renter,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe("invalid_input");
    expect((bad.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      "address",
      "birthDate",
      "firstName",
      "lastName",
      "phone",
    ]);
    expect((await call("PUT", "/api/me/profile", { firstName: "Rita" }, renter)).status).toBe(400);
    expect((await call("GET", "/api/me/profile", undefined, renter)).json.profile).toBeNull();

    const saved = await call("PUT", "/api/me/profile", { ...profile, firstName: "  Rita  " }, renter);
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
    const updated = await call("PUT", "/api/me/profile", { ...profile, phone: "+44 20 7946 0958" }, renter);
    expect(updated.status).toBe(200);
    const read = await call("GET", "/api/me/profile", undefined, renter);
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
    expect((await call("GET", "/api/me/profile", undefined, other)).json.profile).toBeNull();
    expect((await call("GET", "/api/me/profile")).status).toBe(401);
  });
});
