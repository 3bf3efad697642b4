import { expect } from "vitest";
import { api, rawCall, type Caller } from "./client";
import { env } from "./helpers";

/**
 * Expense fixtures (tests/integration/expenses-integration.test.ts, statement-property-integration): recording
 * an expense through the API, a receipt form, and maintenance rows written directly (their API is another
 * feature's): a request on an apartment with labour and materials logged on it.
 */

export type ExpenseBody = {
  propertyId: string;
  apartmentId?: string;
  maintenanceRequestId?: string;
  vendorId?: string;
  category?: string;
  amount?: number;
  incurredOn?: string;
  note?: string;
};

/** POST /api/expenses, untyped (tests send wrong bodies too); `category` and `incurredOn` defaulted. */
export function postExpense(who: Caller, body: ExpenseBody | Record<string, unknown>) {
  return rawCall("POST", "/api/expenses", { category: "repairs_maintenance", incurredOn: "2026-10-15", ...body }, who);
}

/** Records an expense and answers its id. */
export async function recordExpense(who: Caller, body: ExpenseBody) {
  const res = await api(who).expenses.$post({
    json: { category: "repairs_maintenance", incurredOn: "2026-10-15", amount: 1000, ...body } as never,
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

/** A multipart form with one `file`. */
export function fileForm(file: Blob, name: string) {
  const form = new FormData();
  form.append("file", file, name);
  return form;
}

/** A vendor of `orgId`, written directly. */
export async function insertVendor(orgId: string, name = "Plomberie Martin") {
  const id = crypto.randomUUID();
  await env.DB.prepare("insert into vendors (id, org_id, name, trade, created_at) values (?, ?, ?, 'plumbing', ?)")
    .bind(id, orgId, name, new Date().toISOString())
    .run();
  return id;
}

/** A maintenance request on the apartment, with the costs given (minor units, EUR) logged on it. */
export async function insertRequestWithCosts(
  orgId: string,
  apartmentId: string,
  userId: string,
  costs: number[],
  vendorId: string | null = null,
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await env.DB.prepare(
    `insert into maintenance_requests (id, org_id, apartment_id, reporter_user_id, reporter_side, category, title,
       description, urgency, status, vendor_id, created_at, updated_at)
     values (?, ?, ?, ?, 'landlord', 'plumbing', 'Fuite sous l''évier', 'Ça goutte', 'normal', 'resolved', ?, ?, ?)`,
  )
    .bind(id, orgId, apartmentId, userId, vendorId, now, now)
    .run();
  for (const [i, amount] of costs.entries())
    await env.DB.prepare(
      `insert into maintenance_costs (id, org_id, request_id, kind, description, amount, currency, logged_by_user_id, created_at)
       values (?, ?, ?, ?, 'Joint', ?, 'EUR', ?, ?)`,
    )
      .bind(crypto.randomUUID(), orgId, id, i % 2 ? "material" : "labour", amount, userId, now)
      .run();
  return id;
}
