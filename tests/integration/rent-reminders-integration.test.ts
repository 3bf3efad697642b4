import { formatMoney } from "../../worker/lib/i18n/format";
import { createScheduledController } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { runScheduled } from "../../worker/jobs/scheduled";
import { sendRentReminders } from "../../worker/rent/reminders";
import { chargeDueRent } from "../../worker/rent/charges";
import { api, rawCall } from "../setup/client";
import { addRenter, createApartment, env, mailTo, signUpLandlord, waitForMail } from "../setup/helpers";

// The renter chose no language: reminders speak the org's (French, a new org's), money as French writes it.
const EUR850 = formatMoney(85000, "EUR", "fr");

const at = (iso: string) => Date.parse(`${iso}T06:00:00Z`);
const db = () => createDb(env.DB);
const remindersTo = async (email: string) => (await mailTo(email)).filter((m) => m.template === "rent_reminder");

async function lease(dueDay = 10) {
  const owner = await signUpLandlord("Reminder Lettings");
  const { apartmentId } = await createApartment(owner, "R1");
  const { renter, leaseId } = await addRenter(owner, apartmentId, {
    startDate: "2026-03-01",
    dueDay,
    rentAmount: 85000,
  });
  return { owner, renter, leaseId, apartmentId };
}

/** What the daily job does for one day: charge, then remind. */
async function day(iso: string) {
  await chargeDueRent(db(), at(iso));
  return sendRentReminders(
    { db: db(), queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE }, appUrl: "https://rentline.test" },
    at(iso),
  );
}

describe("rent reminders", () => {
  it("3 days before the due day, on the due day if unpaid, weekly while overdue; a second run sends nothing twice", async () => {
    const { renter, leaseId } = await lease(10);
    await day("2026-03-06");
    await new Promise((r) => setTimeout(r, 300));
    expect(await remindersTo(renter.email)).toHaveLength(0);
    await day("2026-03-07");
    const before = await waitForMail(renter.email, "rent_reminder");
    expect(before.subject).toBe(`Loyer de ${EUR850} à régler le 10 mars 2026`);
    await day("2026-03-07"); // the same day again
    await day("2026-03-10");
    const due = await waitForMail(renter.email, "rent_reminder", [before.id]);
    expect(due.subject).toBe(`Loyer de ${EUR850} à régler aujourd’hui`);
    expect(due.text).toContain("/homes/");
    await day("2026-03-10");
    for (const d of ["2026-03-11", "2026-03-16", "2026-03-17", "2026-03-18"]) await day(d);
    const overdue = await waitForMail(renter.email, "rent_reminder", [before.id, due.id]);
    expect(overdue.subject).toBe("Loyer en retard de 7 jours");
    await day("2026-03-24");
    expect((await waitForMail(renter.email, "rent_reminder", [before.id, due.id, overdue.id])).subject).toBe(
      "Loyer en retard de 14 jours",
    );
    await new Promise((r) => setTimeout(r, 300));
    const all = await remindersTo(renter.email);
    expect(all.map((m) => m.subject).sort()).toEqual(
      [
        `Loyer de ${EUR850} à régler le 10 mars 2026`,
        `Loyer de ${EUR850} à régler aujourd’hui`,
        "Loyer en retard de 14 jours",
        "Loyer en retard de 7 jours",
      ].sort(),
    );
    const rows = await env.DB.prepare("select kind from rent_reminders where lease_id = ? order by sent_at")
      .bind(leaseId)
      .all<{ kind: string }>();
    expect(rows.results.map((r) => r.kind)).toEqual(["before", "due", "overdue-1", "overdue-2"]);
  });

  it("nothing on the due day or after once the period is paid", async () => {
    const { owner, renter, leaseId, apartmentId } = await lease(5);
    await chargeDueRent(db(), at("2026-03-04"));
    // The landlord records the payment received: it reaches the ledger at once.
    const paid = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Paid March", amount: 85000, period: "2026-03" },
    });
    expect(paid.status, paid.text).toBe(201);
    for (const d of ["2026-03-05", "2026-03-12"]) await day(d);
    await new Promise((r) => setTimeout(r, 300));
    expect((await remindersTo(renter.email)).map((m) => m.subject)).toEqual([]);
    expect(
      (
        await env.DB.prepare("select count(*) as n from rent_reminders where lease_id = ?")
          .bind(leaseId)
          .first<{ n: number }>()
      )?.n,
    ).toBe(0);
  });

  it("the landlord switches them off per lease (owners and managers only), and the daily cron sends them", async () => {
    const { owner, renter, leaseId } = await lease(10);
    expect(
      (await api(renter).leases[":id"].reminders.$put({ param: { id: leaseId }, json: { enabled: false } })).status,
    ).toBe(404);
    const off = await api(owner).leases[":id"].reminders.$put({ param: { id: leaseId }, json: { enabled: false } });
    expect(off.json).toEqual({ remindersEnabled: false });
    expect((await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } })).json.remindersEnabled).toBe(false);
    await day("2026-03-07");
    await day("2026-03-10");
    await new Promise((r) => setTimeout(r, 300));
    expect(await remindersTo(renter.email)).toHaveLength(0);
    expect((await rawCall("PUT", `/api/leases/${leaseId}/reminders`, { enabled: "yes" }, owner)).status).toBe(400);
    await api(owner).leases[":id"].reminders.$put({ param: { id: leaseId }, json: { enabled: true } });
    await runScheduled(createScheduledController({ cron: "0 6 * * *", scheduledTime: at("2026-03-17") }), env);
    expect((await waitForMail(renter.email, "rent_reminder")).subject).toBe("Loyer en retard de 7 jours");
  });
});

describe("rent reminders at scale", () => {
  it("a day with more leases to remind than D1 binds parameters (100) reminds every one of them", async () => {
    // D1 takes at most 100 bound parameters a statement: the run once bound every lease id into one IN (…) and
    // failed the whole daily job past 100 leases ("too many SQL variables"). 150 copies of one lease here.
    const { renter, leaseId } = await lease(10);
    const columnsOf = async (table: string, except: string[]) =>
      (await env.DB.prepare(`pragma table_info(${table})`).all<{ name: string }>()).results
        .map((c) => c.name)
        .filter((name) => !except.includes(name))
        .join(", ");
    const leaseColumns = await columnsOf("leases", ["id"]);
    await env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < 150)
       insert into leases (id, ${leaseColumns}) select lower(hex(randomblob(16))), ${leaseColumns} from leases, n where leases.id = ?`,
    )
      .bind(leaseId)
      .run();
    const renterColumns = await columnsOf("lease_renters", ["id", "lease_id", "token_hash"]);
    const fromRenter = renterColumns
      .split(", ")
      .map((c) => `r.${c}`)
      .join(", ");
    await env.DB.prepare(
      `insert into lease_renters (id, lease_id, token_hash, ${renterColumns})
       select lower(hex(randomblob(16))), l.id, lower(hex(randomblob(16))), ${fromRenter}
       from leases l join lease_renters r on r.lease_id = ? where l.id <> ? and l.apartment_id = r.apartment_id`,
    )
      .bind(leaseId, leaseId)
      .run();
    const result = await day("2026-03-07");
    expect(result.considered).toBeGreaterThanOrEqual(151);
    // One "before" reminder per lease, each to the renter.
    expect(result.sent).toBeGreaterThanOrEqual(151);
    const claims = await env.DB.prepare(
      "select count(*) as n from rent_reminders where kind = 'before' and period = '2026-03' and lease_id in (select id from leases where org_id = (select org_id from leases where id = ?))",
    )
      .bind(leaseId)
      .first<{ n: number }>();
    expect(claims?.n).toBe(151);
    expect(renter.email).toContain("@");
  });
});
