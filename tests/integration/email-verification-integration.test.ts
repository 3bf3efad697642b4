import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import {
  createApartment,
  env,
  linkToken,
  mailTo,
  signUpLandlord,
  signUpRenter,
  uniqueEmail,
  waitForMail,
} from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Issue 11 §4: a landlord cannot invite anyone, send an agreement or publish a listing, and a renter cannot
 * apply, before their address is verified: 403 `email_unverified`, with a message that says how to verify
 * and get a new link, and nothing written or emailed. Reading and setting up stay open. Following the
 * emailed link (the real one, from the dev mailbox) unlocks them.
 */

/** Follows the newest verification link emailed to `email`. */
async function verifyThroughMail(email: string) {
  const mail = await waitForMail(email, "verify_email");
  expect((await api().auth["verify-email"].$post({ json: { token: linkToken(mail.text) } })).status).toBe(204);
}

describe("email verification gates the actions that reach other people", () => {
  it("an unverified landlord sets up freely, but invites, adds a renter and publishes only once verified", async () => {
    const owner = await signUpLandlord("Unverified Lettings", { verified: false });
    const { apartmentId } = await createApartment(owner, "5E");
    const draft = await createListing(owner, apartmentId, { status: "draft" });

    const staff = uniqueEmail("staff");
    const invite = await api(owner).orgs.current.invitations.$post({ json: { email: staff, role: "manager" } });
    expect(invite.status, invite.text).toBe(403);
    expect(invite.problem.code).toBe("email_unverified");
    expect(invite.problem.detail).toContain(owner.email);
    expect(invite.problem.detail).toMatch(/Resend link/);

    const renter = uniqueEmail("renter");
    const lease = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: { renterEmail: renter, startDate: "2026-01-01", rentAmount: 85000, dueDay: 5 },
    });
    expect(lease.problem.code).toBe("email_unverified");
    const publish = await api(owner).listings[":id"].publish.$post({ param: { id: draft.listingId } });
    expect(publish.problem.code).toBe("email_unverified");

    // Nothing was written or sent.
    const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(leases.json.results).toEqual([]);
    expect(await mailTo(staff)).toEqual([]);
    expect(await mailTo(renter)).toEqual([]);
    const row = await env.DB.prepare("select status from listings where id = ?").bind(draft.listingId).first();
    expect(row).toEqual({ status: "draft" });

    await verifyThroughMail(owner.email);
    expect((await api(owner).orgs.current.invitations.$post({ json: { email: staff, role: "manager" } })).status).toBe(
      201,
    );
    expect((await api(owner).listings[":id"].publish.$post({ param: { id: draft.listingId } })).status).toBe(200);
  });

  it("an unverified renter builds a dossier but applies only once verified", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner, "6F");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter("Una Unverified", { verified: false });
    await completeDossier(renter);
    const refused = await applyTo(renter, listingId);
    expect(refused.status, refused.text).toBe(403);
    expect(refused.problem.code).toBe("email_unverified");
    expect((await api(renter).me.applications.$get()).json.results).toEqual([]);

    await verifyThroughMail(renter.email);
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
  });
});
