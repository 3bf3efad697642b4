import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { addDays, addMonths, dueDateOf, nextPeriod, periodOf, todayIn } from "../../worker/lib/calendar";
import { formatDate } from "../../worker/lib/i18n/format";
import { chargeDueRent } from "../../worker/rent/charges";
import { sendRentReminders } from "../../worker/rent/reminders";
import { api, rawCall } from "../setup/client";
import { pdfText } from "../setup/documents";
import {
  addMember,
  addRenter,
  BASE,
  createApartment,
  env,
  mailTo,
  PASSWORD,
  signUpLandlord,
  signUpRenter,
  waitForMail,
  type Caller,
} from "../setup/helpers";

/**
 * Rent revision by the IRL (loi n° 89-462 art. 17-1; worker/leases/revision): the proposal from the seeded
 * INSEE values (migrations/0022_rent_index.sql), confirmation once per anniversary by who may edit leases,
 * the renter's email in their language and letter PDF in the lease's, charges from the next period at the
 * new rent (the ledger keeps its past), and the admin's index table. Dates are relative to today (UTC, the
 * org's zone here), so the anniversaries fall where each case needs them whenever the suite runs.
 */
const today = todayIn("UTC");
const revise = (who: Caller) => api(who).leases[":id"]["rent-revision"];

async function frenchLease(opts: {
  startDate: string;
  referenceQuarter?: string;
  country?: string;
  renterName?: string;
}) {
  const owner = await signUpLandlord("Agence Révision");
  await env.DB.prepare("update orgs set locale = 'fr', address = '3 Quai Saint-Antoine, 69002 Lyon' where id = ?")
    .bind(owner.orgId)
    .run();
  const { apartmentId, propertyId } = await createApartment(owner, "R1");
  if (opts.country)
    await env.DB.prepare("update properties set country = ? where id = ?").bind(opts.country, propertyId).run();
  const { leaseId, renter } = await addRenter(
    owner,
    apartmentId,
    { startDate: opts.startDate, rentAmount: 80000, dueDay: 5 },
    await signUpRenter(opts.renterName ?? "Léa Martin"),
  );
  if (opts.referenceQuarter) {
    const clause = await revise(owner).clause.$put({
      param: { id: leaseId },
      json: { enabled: true, referenceQuarter: opts.referenceQuarter },
    });
    expect(clause.status, clause.text).toBe(200);
  }
  return { owner, renter, leaseId, apartmentId };
}

async function letter(path: string, who: Caller) {
  for (let i = 0; i < 80; i++) {
    const res = await exports.default.fetch(
      new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${who.token}` } }),
    );
    if (res.status !== 202) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("letter never rendered");
}

/** Waits for the email queue to deliver a rent reminder to `to` whose subject matches `subject`. */
async function reminderMatching(to: string, subject: RegExp) {
  for (let i = 0; i < 100; i++) {
    const mails = await mailTo(to);
    if (mails.some((m) => m.template === "rent_reminder" && subject.test(m.subject))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no rent reminder matching ${subject} to ${to}`);
}

describe("rent revision (IRL)", () => {
  it("proposes 800,00 € × 145.17 / 140.59 = 826,06 €, confirms once, mails and writes the letter, charges from the next period", async () => {
    // Second anniversary a month ago: reference 2022-Q2, so this year compares 2024-Q2 (145.17) with 2023-Q2 (140.59).
    const { owner, renter, leaseId } = await frenchLease({
      startDate: addMonths(today, -25),
      referenceQuarter: "2022-Q2",
    });
    await env.DB.prepare("update users set locale = 'uk' where id = ?").bind(renter.userId).run();
    const effective = nextPeriod(periodOf(today));

    const seen = await revise(owner).$get({ param: { id: leaseId } });
    expect(seen.status, seen.text).toBe(200);
    expect(seen.json.status).toBe("due");
    expect(seen.json.canConfirm).toBe(true);
    expect(seen.json.proposal).toEqual({
      anniversary: addMonths(addMonths(today, -25), 24),
      currentRent: 80000,
      newRent: 82606,
      base: { quarter: "2023-Q2", value: "140.59" },
      new: { quarter: "2024-Q2", value: "145.17" },
      effectivePeriod: effective,
    });
    const anniversary = seen.json.proposal!.anniversary;
    // The renter reads it too, and may not confirm.
    const theirs = await revise(renter).$get({ param: { id: leaseId } });
    expect([theirs.status, theirs.json.canConfirm]).toEqual([200, false]);

    // A stale proposal (another amount than the one computed now) is refused and writes nothing.
    const stale = await revise(owner).$post({ param: { id: leaseId }, json: { anniversary, newRent: 82605 } });
    expect([stale.status, stale.problem?.code]).toEqual([409, "rent_revision_stale"]);

    const chargedBefore = await env.DB.prepare(
      "select period, amount from ledger_entries where lease_id = ? and kind = 'charge' order by period",
    )
      .bind(leaseId)
      .all<{ period: string; amount: number }>();
    const done = await revise(owner).$post({ param: { id: leaseId }, json: { anniversary, newRent: 82606 } });
    expect(done.status, done.text).toBe(201);
    expect(done.json).toMatchObject({ previousRent: 80000, newRent: 82606, effectivePeriod: effective });

    // Once per anniversary.
    const again = await revise(owner).$post({ param: { id: leaseId }, json: { anniversary, newRent: 82606 } });
    expect([again.status, again.problem?.code]).toEqual([409, "rent_revision_done"]);
    const after = await revise(owner).$get({ param: { id: leaseId } });
    expect([after.json.status, after.json.currentRent, after.json.revisions.length]).toEqual(["done", 82606, 1]);
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'lease.rent_revision' and target_id = ?",
    )
      .bind(leaseId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);

    // Past charges stay as they were; the next period is charged the new rent, this one the old.
    await chargeDueRent(createDb(env.DB), Date.parse(`${dueDateOf(effective, 5)}T12:00:00Z`));
    const charged = await env.DB.prepare(
      "select period, amount from ledger_entries where lease_id = ? and kind = 'charge' order by period",
    )
      .bind(leaseId)
      .all<{ period: string; amount: number }>();
    const byPeriod = new Map(charged.results.map((c) => [c.period, c.amount]));
    for (const c of chargedBefore.results) expect(byPeriod.get(c.period)).toBe(c.amount);
    expect(byPeriod.get(periodOf(today))).toBe(80000);
    expect(byPeriod.get(effective)).toBe(82606);

    // Reminders follow the same rent per period: 3 days before this period's due day the old rent, before
    // the next period's the new one.
    const remind = (dueDate: string) =>
      sendRentReminders(
        {
          db: createDb(env.DB),
          queues: { email: env.EMAIL_QUEUE, pdf: env.PDF_QUEUE },
          appUrl: "https://rentline.test",
        },
        Date.parse(`${addDays(dueDate, -3)}T12:00:00Z`),
      );
    await remind(dueDateOf(periodOf(today), 5));
    // The reminder speaks the renter's language (Ukrainian): "Орендна плата 800,00 € — до 5 грудня 2026 р.".
    const dueOn = (period: string) => formatDate(dueDateOf(period, 5), "uk", "long");
    await reminderMatching(renter.email, new RegExp(`800[.,]00.*${dueOn(periodOf(today))}`));
    await remind(dueDateOf(effective, 5));
    await reminderMatching(renter.email, new RegExp(`826[.,]06.*${dueOn(effective)}`));

    // The renter's email is in their language (Ukrainian), with the amounts and the index values.
    const mail = await waitForMail(renter.email, "rent_revised");
    expect(mail.subject).toContain("Вашу орендну плату переглянуто");
    expect(mail.text.replace(/\s/g, " ")).toContain("826,06");
    expect(mail.text.replace(/\s/g, " ")).toContain("145,17");

    // The letter is in the lease's language (French), read back from the PDF.
    const res = await letter(`/api/leases/${leaseId}/rent-revision/letter?revision=${done.json.id}`, renter);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    for (const expected of [
      "Révision annuelle du loyer",
      "Locataire(s) : Léa Martin",
      "Loyer hors charges actuel : 800,00 €",
      "IRL du 2e trimestre 2023 (indice de base) : 140,59",
      "IRL du 2e trimestre 2024 (nouvel indice) : 145,17",
      "800,00 € × 145,17 / 140,59 = 826,06 €",
      "Nouveau loyer hors charges : 826,06 €",
      "article 17-1 de la loi n° 89-462",
    ])
      expect(text).toContain(expected);
  });

  it("refuses before the first anniversary, without a clause, outside France, and to maintenance staff and renters", async () => {
    const young = await frenchLease({ startDate: addMonths(today, -6), referenceQuarter: "2024-Q2" });
    const early = await revise(young.owner).$get({ param: { id: young.leaseId } });
    expect([early.json.status, early.json.proposal, early.json.nextAnniversary]).toEqual([
      "not_due",
      null,
      addMonths(addMonths(today, -6), 12),
    ]);
    const tooEarly = await revise(young.owner).$post({
      param: { id: young.leaseId },
      json: { anniversary: today, newRent: 80000 },
    });
    expect([tooEarly.status, tooEarly.problem?.code]).toEqual([409, "rent_revision_not_due"]);

    const bare = await frenchLease({ startDate: addMonths(today, -14) });
    const noClause = await revise(bare.owner).$post({
      param: { id: bare.leaseId },
      json: { anniversary: today, newRent: 80000 },
    });
    expect([noClause.status, noClause.problem?.code]).toEqual([409, "rent_revision_no_clause"]);
    // Maintenance staff: 403; the lease's renter: 404 (landlord actions do not reveal themselves). Nothing written.
    const maintenance = await addMember(bare.owner, "maintenance");
    const denied = await revise(maintenance).$post({
      param: { id: bare.leaseId },
      json: { anniversary: today, newRent: 80000 },
    });
    expect(denied.status).toBe(403);
    const renterTry = await revise(bare.renter).clause.$put({
      param: { id: bare.leaseId },
      json: { enabled: true, referenceQuarter: "2024-Q2" },
    });
    expect(renterTry.status).toBe(404);
    const clause = await env.DB.prepare("select rent_revision_clause as c from leases where id = ?")
      .bind(bare.leaseId)
      .first<{ c: number }>();
    expect(clause?.c).toBe(0);

    const abroad = await frenchLease({ startDate: addMonths(today, -14), country: "Deutschland" });
    const notFrench = await revise(abroad.owner).clause.$put({
      param: { id: abroad.leaseId },
      json: { enabled: true, referenceQuarter: "2024-Q2" },
    });
    expect([notFrench.status, notFrench.problem?.code]).toEqual([409, "rent_revision_not_applicable"]);
  });

  it("waits for a missing quarter until a platform admin records it (audited); others get 404", async () => {
    // First anniversary a month ago, reference 2024-Q2: the new index is 2025-Q2, as it was before INSEE
    // published it (migration 0029 seeds it: removed here to play the quarter not yet recorded).
    await env.DB.prepare("delete from rent_index_values where series = 'IRL' and quarter = '2025-Q2'").run();
    const { owner, leaseId } = await frenchLease({ startDate: addMonths(today, -13), referenceQuarter: "2024-Q2" });
    const missing = await revise(owner).$get({ param: { id: leaseId } });
    expect([missing.json.status, missing.json.missingQuarter]).toEqual(["index_missing", "2025-Q2"]);
    // The clause took the reference quarter's value from the table.
    expect(missing.json.clause).toEqual({ enabled: true, referenceQuarter: "2024-Q2", baseValue: "145.17" });

    const stranger = await rawCall("PUT", "/api/admin/rent-index/2025-Q2", { value: "146.68" }, owner);
    expect(stranger.status).toBe(404);
    const user = await signUpRenter("Ada Admin");
    await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(user.userId).run();
    const login = await api().auth.login.$post({ json: { email: user.email, password: PASSWORD } });
    const admin = { token: login.json.accessToken };
    const bad = await rawCall("PUT", "/api/admin/rent-index/2025-Q2", { value: "146.7" }, admin);
    expect(bad.status).toBe(400);
    const put = await rawCall("PUT", "/api/admin/rent-index/2025-Q2", { value: "146.68" }, admin);
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    const audit = await env.DB.prepare(
      "select details from audit_log where action = 'admin.rent_index_put' and target_id = 'IRL:2025-Q2'",
    ).first<{ details: string }>();
    expect(JSON.parse(audit!.details)).toMatchObject({ value: "146.68", previous: null });

    const due = await revise(owner).$get({ param: { id: leaseId } });
    // 80000 × 146.68 / 145.17 = 80832.11… → 80832.
    expect([due.json.status, due.json.proposal?.newRent]).toEqual(["due", 80832]);
  });

  it("the 2025 quarters INSEE published are seeded (0029): a 2024-Q3 clause is revised by 145.77 / 144.51", async () => {
    const { owner, leaseId } = await frenchLease({ startDate: addMonths(today, -13), referenceQuarter: "2024-Q3" });
    const due = await revise(owner).$get({ param: { id: leaseId } });
    expect(due.json.status, JSON.stringify(due.json)).toBe("due");
    expect([due.json.proposal?.base, due.json.proposal?.new]).toEqual([
      { quarter: "2024-Q3", value: "144.51" },
      { quarter: "2025-Q3", value: "145.77" },
    ]);
    // 80000 × 145.77 / 144.51 = 80697.52… → 80698.
    expect(due.json.proposal?.newRent).toBe(80698);
  });
});
