import { describe, expect, it } from "vitest";
import { rawCall } from "../setup/client";
import { addRenter, createApartment, linkToken, signUpLandlord, signUpRenter, waitForMail } from "../setup/helpers";

/**
 * Ending a lease in the past voids its pending co-renter invitations (issue 11, found by the break-it pass):
 * an invitee accepting afterwards would get the ledger of a home they never lived in.
 */
describe("ending a lease and its pending invitations", () => {
  it("a move-out date already past: the pending invitation answers 404 and grants no history", async () => {
    const owner = await signUpLandlord("Ended Org");
    const { apartmentId } = await createApartment(owner, "E1");
    const first = await addRenter(owner, apartmentId, { startDate: "2025-01-01" });
    const stranger = await signUpRenter("Sam Stranger");
    const added = await rawCall("POST", `/api/leases/${first.leaseId}/renters`, { email: stranger.email }, owner);
    expect(added.status, added.text).toBe(201);
    const mail = await waitForMail(stranger.email, "lease_invitation");
    const end = await rawCall("POST", `/api/leases/${first.leaseId}/end`, { endDate: "2025-06-30" }, owner);
    expect(end.status, end.text).toBe(200);
    const accepted = await rawCall("POST", "/api/invitations/accept", { token: linkToken(mail.text) }, stranger);
    expect(accepted.status).toBe(404);
    expect((await rawCall("GET", `/api/leases/${first.leaseId}/ledger`, undefined, stranger)).status).toBe(404);
    // The renter who lived there keeps their history.
    expect((await rawCall("GET", `/api/leases/${first.leaseId}/ledger`, undefined, first.renter)).status).toBe(200);
  });
});
