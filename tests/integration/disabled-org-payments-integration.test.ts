import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * A disabled org takes no money (issue 11, found by the break-it pass): an applicant accepted before a
 * platform admin disabled the org cannot start the first-payment checkout (was 200 with a Stripe URL).
 */
describe("a disabled org takes no payment", () => {
  it("an accepted applicant's checkout answers 403 org_disabled once the org is disabled", async () => {
    const owner = await signUpLandlord("Disabled Pay Org");
    const { apartmentId } = await createApartment(owner, "D2");
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1, rentAmount: 64000 }] });
    const renter = await signUpRenter("Pam Payer");
    const { guarantorId } = await completeDossier(renter);
    const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);
    const pay = () =>
      api({ ...renter, headers: { "idempotency-key": crypto.randomUUID() } }).applications[":id"].checkout.$post({
        param: { id },
      });
    expect((await pay()).status).toBe(200);

    const admin = await signUpLandlord("Moderation");
    await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
    const disabled = await rawCall("POST", `/api/admin/orgs/${owner.orgId}/disable`, { reason: "Fraud" }, admin);
    expect(disabled.status, disabled.text).toBe(200);
    const refused = await pay();
    expect(refused.status).toBe(403);
    expect(refused.problem.code).toBe("org_disabled");
  });
});
