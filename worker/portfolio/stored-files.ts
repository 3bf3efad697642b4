import { and, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { expenses } from "../expenses/schema";
import { maintenancePhotos, maintenanceRequests } from "../maintenance/schema";
import { apartments } from "./schema";

/**
 * The R2 objects that die with an apartment or a property: D1's cascades delete the rows naming them
 * (maintenance photos with their requests; a property's expenses with their receipts), not the objects. The
 * reads here are batched with the delete itself (./deletion.ts), so they list exactly the rows the cascade
 * removes — a photo uploaded a moment before is in the list, one uploaded after finds its request gone — and
 * the route removes the objects once the batch committed. An apartment's expenses stay on the property
 * (`apartment_id` set null), so their receipts stay too.
 */

/** R2's limit on the keys of one delete call. */
const R2_DELETE_MAX = 1000;

/** The maintenance photos of the requests `requestsWhere` selects. */
function photoKeys(s: ScopedDb, requestsWhere: SQL | undefined) {
  const requests = s.selectFields({ id: maintenanceRequests.id }, maintenanceRequests, requestsWhere);
  return s.selectFields(
    { key: maintenancePhotos.r2Key },
    maintenancePhotos,
    inArray(maintenancePhotos.requestId, requests),
  );
}

/** The R2 keys an apartment's deletion orphans: its requests' photos. */
export function apartmentFileKeys(s: ScopedDb, apartmentId: string) {
  return photoKeys(s, eq(maintenanceRequests.apartmentId, apartmentId));
}

/** The R2 keys a property's deletion orphans: its apartments' requests' photos, its expenses' receipts. */
export function propertyFileKeys(s: ScopedDb, propertyId: string) {
  const itsApartments = s.selectFields({ id: apartments.id }, apartments, eq(apartments.propertyId, propertyId));
  const photos = photoKeys(s, inArray(maintenanceRequests.apartmentId, itsApartments));
  const receipts = s.selectFields(
    { key: expenses.receiptKey },
    expenses,
    and(eq(expenses.propertyId, propertyId), isNotNull(expenses.receiptKey)),
  );
  return [photos, receipts] as const;
}

/** Removes the objects at `keys` from R2 (in calls of at most 1,000 keys); missing objects are no error. */
export async function removeStoredFiles(docs: R2Bucket, keys: (string | null)[]): Promise<void> {
  const present = keys.filter((k): k is string => !!k);
  for (let i = 0; i < present.length; i += R2_DELETE_MAX) await docs.delete(present.slice(i, i + R2_DELETE_MAX));
}
