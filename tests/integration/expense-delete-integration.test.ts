import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { fileForm, recordExpense } from "../setup/expenses";
import { addMember, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 15 (tester): a mistaken or duplicate expense could not be taken back, so it stayed in the owner
 * statement for good. DELETE /expenses/{id} (owners and managers) removes it and its receipt; the month's
 * statement stops counting it; another org's expense is 404, a maintenance member's try 403, and nothing
 * changes for either.
 */
describe("deleting an expense", () => {
  it("removes it, its receipt and its weight in the statement; refused to others, with nothing changed", async () => {
    const owner = await signUpLandlord("Agence Doublon");
    const { propertyId } = await createApartment(owner, "D1");
    const kept = await recordExpense(owner, { propertyId, amount: 12000, incurredOn: "2026-10-03" });
    const duplicate = await recordExpense(owner, { propertyId, amount: 1000, incurredOn: "2026-10-04" });
    const receipt = await rawCall(
      "POST",
      `/api/expenses/${duplicate.id}/receipt`,
      fileForm(new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "facture.pdf"),
      owner,
    );
    expect(receipt.status, receipt.text).toBe(200);
    const key = await env.DB.prepare("select receipt_key as key from expenses where id = ?")
      .bind(duplicate.id)
      .first<{ key: string }>();
    expect(await env.DOCS.head(key!.key)).not.toBeNull();

    const statement = async () =>
      (await api(owner).properties[":id"].statement.$get({ param: { id: propertyId }, query: { month: "2026-10" } }))
        .json as { expenses: number };
    expect((await statement()).expenses).toBe(13000);

    const other = await signUpLandlord("Agence Voisine");
    expect((await rawCall("DELETE", `/api/expenses/${duplicate.id}`, undefined, other)).status).toBe(404);
    const member = await addMember(owner, "maintenance");
    expect((await rawCall("DELETE", `/api/expenses/${duplicate.id}`, undefined, member)).status).toBe(403);
    expect((await statement()).expenses).toBe(13000);

    const deleted = await rawCall("DELETE", `/api/expenses/${duplicate.id}`, undefined, owner);
    expect(deleted.status, deleted.text).toBe(204);
    expect((await statement()).expenses).toBe(12000);
    expect(await env.DOCS.head(key!.key)).toBeNull();
    expect((await rawCall("DELETE", `/api/expenses/${duplicate.id}`, undefined, owner)).status).toBe(404);
    const list = await api(owner).expenses.$get({ query: { propertyId } });
    expect(list.json.results.map((e) => e.id)).toEqual([kept.id]);
  });
});
