import { describe, expect, it } from "vitest";
import { api, multipart, rawCall, type Caller } from "../setup/client";
import { roomEventCount, seedRoomEvent } from "../setup/room-storage";
import { fileForm, insertRequestWithCosts, recordExpense } from "../setup/expenses";
import { createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";
import { pngOf } from "../setup/listings";

/**
 * Issue 15 follow-up: deleting an apartment or a property removes from R2 the files that belonged to it —
 * its maintenance requests' photos and, for a property, its expenses' receipts — once the D1 delete committed.
 * An apartment's expenses stay on the property (their receipts too); another property's files are untouched.
 */
async function photoOn(owner: Landlord, apartmentId: string): Promise<string> {
  const requestId = await insertRequestWithCosts(owner.orgId, apartmentId, owner.userId, []);
  const form = fileForm(await pngOf(20, 20), "fuite.png");
  const res = await rawCall("POST", `/api/maintenance-requests/${requestId}/photos`, form, owner);
  expect(res.status, res.text).toBe(201);
  const row = await env.DB.prepare("select r2_key as key from maintenance_photos where id = ?")
    .bind((res.json as { id: string }).id)
    .first<{ key: string }>();
  return row!.key;
}

async function receiptOn(owner: Caller, propertyId: string, apartmentId?: string): Promise<string> {
  const expense = await recordExpense(owner, { propertyId, apartmentId, amount: 3000 });
  const res = await api(owner).expenses[":id"].receipt.$post(
    { param: { id: expense.id } },
    multipart(fileForm(await pngOf(20, 20), "facture.png")),
  );
  expect(res.status, res.text).toBe(200);
  const row = await env.DB.prepare("select receipt_key as key from expenses where id = ?")
    .bind(expense.id)
    .first<{ key: string }>();
  return row!.key;
}

const stored = async (key: string) => (await env.DOCS.head(key)) !== null;

/** Puts one event in room `name`'s own storage; answers a counter of its events. */
async function seedRoom(name: string) {
  await seedRoomEvent(name);
  expect(await roomEventCount(name)).toBe(1);
  return () => roomEventCount(name);
}

describe("deleting from the portfolio removes its files from R2", () => {
  it("an apartment: its requests' photos go; the property's receipts stay", async () => {
    const owner = await signUpLandlord("Files Lettings");
    const { propertyId, apartmentId } = await createApartment(owner, "F1");
    const photos = [await photoOn(owner, apartmentId), await photoOn(owner, apartmentId)];
    const receipt = await receiptOn(owner, propertyId, apartmentId);
    for (const key of [...photos, receipt]) expect(await stored(key), key).toBe(true);
    // Its room's stored chat goes too (the kind of issue 16's purges: no chat outlives its rows).
    const events = await seedRoom(apartmentId);

    const res = await api(owner).apartments[":id"].$delete({ param: { id: apartmentId } });
    expect(res.status, res.text).toBe(204);
    for (const key of photos) expect(await stored(key), key).toBe(false);
    expect(await events()).toBe(0);
    expect(await stored(receipt)).toBe(true);
  });

  it("a property: its apartments' photos and its receipts go; another property's stay", async () => {
    const owner = await signUpLandlord("Files Lettings 2");
    const { propertyId, apartmentId } = await createApartment(owner, "G1");
    const other = await createApartment(owner, "H1");
    const gone = [
      await photoOn(owner, apartmentId),
      await receiptOn(owner, propertyId),
      await receiptOn(owner, propertyId),
    ];
    const kept = [await photoOn(owner, other.apartmentId), await receiptOn(owner, other.propertyId)];
    const [goneRoom, keptRoom] = [await seedRoom(apartmentId), await seedRoom(other.apartmentId)];

    const res = await api(owner).properties[":id"].$delete({ param: { id: propertyId } });
    expect(res.status, res.text).toBe(204);
    expect([await goneRoom(), await keptRoom()]).toEqual([0, 1]);
    for (const key of gone) expect(await stored(key), key).toBe(false);
    for (const key of kept) expect(await stored(key), key).toBe(true);
  });
});
