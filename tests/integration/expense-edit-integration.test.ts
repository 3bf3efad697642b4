import { describe, expect, it } from "vitest";
import { api, rawCall, type Caller } from "../setup/client";
import { insertVendor, recordExpense } from "../setup/expenses";
import { addMember, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 15 (tester): a wrong amount, day or category on an expense could only be deleted and typed again.
 * PATCH /expenses/{id} corrects it (owners and managers): the statement counts the new values at once, the
 * audit trail keeps the old and new value of each changed field; refusals change nothing.
 */
describe("correcting an expense", () => {
  it("changes what was wrong, the statement follows, the audit trail keeps old and new values", async () => {
    const owner = await signUpLandlord("Agence Correcte");
    const { propertyId, apartmentId } = await createApartment(owner, "C1");
    const vendorId = await insertVendor(owner.orgId, "Plomberie Martin");
    const expense = await recordExpense(owner, {
      propertyId,
      category: "other",
      amount: 12000,
      incurredOn: "2026-10-03",
      note: "Facture 118",
    });
    const statement = async (month: string) =>
      (await api(owner).properties[":id"].statement.$get({ param: { id: propertyId }, query: { month } })).json as {
        expenses: number;
      };

    const res = await api(owner).expenses[":id"].$patch({
      param: { id: expense.id },
      json: {
        amount: 21050,
        category: "repairs_maintenance",
        incurredOn: "2026-09-28",
        apartmentId,
        vendorId,
        note: null,
      },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      id: expense.id,
      amount: 21050,
      category: "repairs_maintenance",
      incurredOn: "2026-09-28",
      apartmentId,
      vendorId,
      note: null,
      propertyId,
    });
    expect((await statement("2026-10")).expenses).toBe(0);
    expect((await statement("2026-09")).expenses).toBe(21050);

    const audit = await env.DB.prepare(
      "select actor_user_id as actor, details from audit_log where action = 'expense.updated' and target_id = ?",
    )
      .bind(expense.id)
      .all<{ actor: string; details: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.actor).toBe(owner.userId);
    expect(JSON.parse(audit.results[0]!.details)).toEqual({
      currency: "EUR",
      before: {
        category: "other",
        amount: 12000,
        incurredOn: "2026-10-03",
        apartmentId: null,
        vendorId: null,
        note: "Facture 118",
      },
      after: {
        category: "repairs_maintenance",
        amount: 21050,
        incurredOn: "2026-09-28",
        apartmentId,
        vendorId,
        note: null,
      },
    });

    // The same values again change nothing and record nothing more.
    const same = await api(owner).expenses[":id"].$patch({ param: { id: expense.id }, json: { amount: 21050 } });
    expect(same.status).toBe(200);
    const count = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'expense.updated' and target_id = ?",
    )
      .bind(expense.id)
      .first<{ n: number }>();
    expect(count!.n).toBe(1);
  });

  it("refuses what it may not change, in words, and changes nothing", async () => {
    const owner = await signUpLandlord("Agence Prudente");
    const { propertyId } = await createApartment(owner, "P1");
    const { apartmentId: elsewhere } = await createApartment(owner, "Q1");
    const expense = await recordExpense(owner, { propertyId, amount: 5000, incurredOn: "2026-10-03" });
    const other = await signUpLandlord("Agence Voisine");
    const theirVendor = await insertVendor(other.orgId, "Électricité Durand");
    const patch = (body: unknown, who: Caller = owner) => rawCall("PATCH", `/api/expenses/${expense.id}`, body, who);

    // After today wherever the property is (two days ahead of UTC).
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [unknown, number, string][] = [
      [{}, 400, "invalid_input"],
      [{ amount: 0 }, 400, "invalid_input"],
      [{ amount: 12.5 }, 400, "invalid_input"],
      [{ propertyId }, 400, "invalid_input"],
      [{ incurredOn: inTwoDays }, 422, "incurred_in_future"],
      [{ apartmentId: elsewhere }, 422, "apartment_not_in_property"],
      [{ vendorId: theirVendor }, 404, "not_found"],
    ];
    for (const [body, status, code] of cases) {
      const res = await patch(body);
      expect([res.status, res.problem.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect((await patch({ amount: 9000 }, other)).status).toBe(404);
    const member = await addMember(owner, "maintenance");
    expect((await patch({ amount: 9000 }, member)).status).toBe(403);
    expect((await rawCall("PATCH", "/api/expenses/no-such", { amount: 9000 }, owner)).status).toBe(404);
    const row = await env.DB.prepare("select amount, incurred_on as day from expenses where id = ?")
      .bind(expense.id)
      .first<{ amount: number; day: string }>();
    expect(row).toEqual({ amount: 5000, day: "2026-10-03" });
  });
});
