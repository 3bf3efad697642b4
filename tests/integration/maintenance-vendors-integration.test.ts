import { beforeAll, describe, expect, it } from "vitest";
import { rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, signUpLandlord, type Landlord } from "../setup/helpers";

/**
 * Issue 15 §2 follow-up (a fresh tester): the same contractor cannot be added twice to an org (409
 * `vendor_exists` naming the one listed, which the screen assigns instead), and staff can get a vendor's
 * signed link again to send it by hand (a vendor without an email gets no email).
 */
let owner: Landlord;
let foreign: Landlord;
let renter: Caller;
let apartmentId: string;

beforeAll(async () => {
  owner = await signUpLandlord("Vendors Org");
  foreign = await signUpLandlord("Other Vendors Org");
  ({ apartmentId } = await createApartment(owner, "V1"));
  ({ renter } = await addRenter(owner, apartmentId));
}, 120_000);

const addVendor = (who: Caller, body: Record<string, string>) => rawCall("POST", "/api/vendors", body, who);

describe("vendors", () => {
  it("the same name with the same email or phone is refused, naming the vendor listed; others are added", async () => {
    const first = await addVendor(owner, { name: "Plomberie Martin", trade: "Plombier", phone: "06 12 34 56 78" });
    expect(first.status, first.text).toBe(201);
    const id = (first.json as { id: string }).id;
    const again = await addVendor(owner, { name: " plomberie martin", trade: "Plomberie", phone: "0612345678" });
    expect([again.status, again.json]).toMatchObject([409, { code: "vendor_exists", vendorId: id }]);
    const otherPhone = await addVendor(owner, { name: "Plomberie Martin", trade: "Plombier", phone: "0700000000" });
    expect(otherPhone.status, otherPhone.text).toBe(201);
    const elsewhere = await addVendor(foreign, { name: "Plomberie Martin", trade: "Plombier", phone: "0612345678" });
    expect(elsewhere.status, elsewhere.text).toBe(201);
  });

  it("a vendor without an email: PATCH answers the link, and again when the same vendor is set again", async () => {
    const vendor = await addVendor(owner, { name: "Serrurier Dupont", trade: "Serrurier", phone: "0611111111" });
    const vendorId = (vendor.json as { id: string }).id;
    const created = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      {
        category: "locks_keys",
        title: "Serrure bloquée",
        description: "La clé tourne à vide",
        urgency: "urgent",
        entryPermission: false,
      },
      renter,
    );
    const id = (created.json as { request: { id: string } }).request.id;
    for (let i = 0; i < 2; i++) {
      const res = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { vendorId }, owner);
      expect(res.status, res.text).toBe(200);
      expect((res.json as { vendorLink: string }).vendorLink).toMatch(/\/vendor\/maintenance\/[\w.-]+$/);
    }
    // What the vendor writes through the link is credited to them in the org's audit trail (issue 16 §2).
    const link = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { vendorId }, owner);
    const token = (link.json as { vendorLink: string }).vendorLink.split("/").pop()!;
    const posted = await rawCall("POST", `/api/vendor-link/maintenance-request/comments?token=${token}`, {
      text: "Je passe demain à 9 h",
    });
    expect(posted.status, posted.text).toBe(201);
    const trail = await rawCall("GET", `/api/orgs/current/audit?targetId=${id}`, undefined, owner);
    expect(trail.status, trail.text).toBe(200);
    const entries = (trail.json as { results: { action: string; actor: unknown; details: Record<string, unknown> }[] })
      .results;
    expect(entries.find((e) => e.action === "POST /api/vendor-link/maintenance-request/comments")).toMatchObject({
      actor: null,
      details: { vendor: { id: vendorId, name: "Serrurier Dupont" } },
    });
  });
});
