import { describe, expect, it } from "vitest";
import { formatDayOf } from "../../app/lib/dates";
import { api } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 13 §4 on the landlord's pages: the apartment page (GET /apartments/{id}/room) and the agreement page
 * (GET /documents/{id}) carry the org's time zone, so times and days are shown in it (chat, ledger entries,
 * agreements, signatures), not in UTC.
 */
describe("the org's time zone reaches the staff pages", () => {
  it("the apartment page and the agreement page name the org's zone; a payment at 00:30 in Paris is the 1st", async () => {
    const owner = await signUpLandlord("Fuseau Gestion");
    await env.DB.prepare("update orgs set timezone = ? where id = ?").bind("Europe/Paris", owner.orgId).run();
    const { apartmentId } = await createApartment(owner, "TZ1");
    const { leaseId } = await addRenter(owner, apartmentId);

    const room = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(room.status, room.text).toBe(200);
    expect(room.json.apartment.timezone).toBe("Europe/Paris");

    const created = await api(owner).leases[":id"].documents.$post({
      param: { id: leaseId },
      json: { templateName: "standard-fr-unfurnished" },
    });
    expect(created.status, created.text).toBe(201);
    const doc = await api(owner).documents[":id"].$get({ param: { id: created.json.document.id } });
    expect(doc.status, doc.text).toBe(200);
    expect(doc.json.timezone).toBe("Europe/Paris");

    // 23:30 UTC on 30 November is 00:30 on 1 December in Paris: the day shown is the org's.
    expect(formatDayOf("2026-11-30T23:30:00.000Z", "fr", room.json.apartment.timezone)).toBe("1er déc. 2026");
    expect(formatDayOf("2026-11-30T23:30:00.000Z", "fr", "UTC")).toBe("30 nov. 2026");
  });
});
