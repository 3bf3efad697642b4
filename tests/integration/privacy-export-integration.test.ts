import { createMessageBatch } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { deleteExpiredExports } from "../../worker/exports/service";
import { consumeExportDeadLetters } from "../../worker/jobs/export-consumer";
import { signFileUrl } from "../../worker/lib/signed-urls";
import { api, BASE, rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, waitForMail, type Landlord } from "../setup/helpers";
import { applyTo, completeDossier, createListing, FILES } from "../setup/listings";
import { expectConsoleError } from "../setup/console";
import { RoomClient } from "../setup/room-client";

/**
 * Issue 16 §3 (GDPR art. 15 and 20): a person's data as a ZIP, built by the real export queue. A renter with a
 * lease, a confirmed payment, a chat message and an application with a dossier, and their landlord, each ask
 * for their export; the ZIP is unzipped and read (values, file bytes); only its owner downloads it; an expired
 * link is 410; one at a time, once a day; expired exports are deleted from R2 and D1.
 */

type Person = Caller & { userId: string; email: string };

async function fetchAs(url: string, who: Caller | null) {
  const headers: Record<string, string> = who?.token ? { authorization: `Bearer ${who.token}` } : {};
  return exports.default.fetch(new Request(`${BASE}${url}`, { headers }));
}

/** Asks for `who`'s export, waits for the emailed link, answers the ZIP's files and the export as listed. */
async function exportOf(who: Person) {
  const asked = await api(who).me.exports.$post();
  expect(asked.status, asked.text).toBe(202);
  expect(asked.json).toMatchObject({ status: "requested", downloadUrl: null });
  const mail = await waitForMail(who.email, "data_export_ready");
  const listed = await api(who).me.exports.$get();
  expect(listed.status, listed.text).toBe(200);
  const ready = listed.json.exports.find((e) => e.id === asked.json.id)!;
  expect(ready).toMatchObject({ status: "ready" });
  expect(Date.parse(ready.expiresAt!) - Date.parse(ready.readyAt!)).toBe(7 * 24 * 60 * 60 * 1000);
  const link = mail.text.match(/https?:\/\/\S+(\/files\/[A-Za-z0-9_.-]+)/)?.[1];
  expect(link, mail.text).toBeDefined();
  const res = await fetchAs(link!, who);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(bytes.length).toBe(ready.bytes);
  return { zip: unzipSync(bytes), link: link!, exportId: asked.json.id, ready };
}

const jsonOf = <T = Record<string, unknown>>(zip: Unzipped, name: string): T => JSON.parse(strFromU8(zip[name]!)) as T;

describe("privacy export", () => {
  let owner: Landlord;
  let renter: Person;
  let leaseId: string;
  let applicationId: string;
  let renterZip: Awaited<ReturnType<typeof exportOf>>;

  beforeAll(async () => {
    owner = await signUpLandlord("Agence Portabilité");
    const { apartmentId } = await createApartment(owner, "4C");
    const leased = await addRenter(owner, apartmentId, { rentAmount: 91000 });
    renter = leased.renter;
    leaseId = leased.leaseId;
    await completeDossier(renter);
    // A payment the renter reports and the landlord confirms: one ledger entry of −91000 minor units.
    const reported = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Loyer janvier", amount: 91000, period: "2026-01", leaseId },
    });
    expect(reported.status, reported.text).toBe(201);
    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const room = await RoomClient.open(apartmentId, renter);
    await room.chat("Le radiateur de la chambre fuit");
    room.close();
    // An application to another of the org's flats, with the dossier.
    const other = await createApartment(owner, "5D");
    const { listingId } = await createListing(owner, other.apartmentId, { title: "Studio lumineux" });
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
    applicationId = applied.json.id;
    renterZip = await exportOf(renter);
  });

  it("holds one JSON file per kind of record, the files, a manifest and a README in the person's language", () => {
    const names = Object.keys(renterZip.zip);
    for (const name of [
      "profile.json",
      "account.json",
      "memberships.json",
      "leases.json",
      "ledger-entries.json",
      "payments.json",
      "activities.json",
      "chat-messages.json",
      "applications.json",
      "dossier.json",
      "agreements.json",
      "receipts.json",
      "maintenance.json",
      "audit-log.json",
      "manifest.json",
      "README.txt",
    ])
      expect(names, name).toContain(name);
    const manifest = jsonOf<{ files: { path: string }[] }>(renterZip.zip, "manifest.json");
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      names.filter((n) => n !== "manifest.json" && n !== "README.txt").sort(),
    );
    // The renter never chose a language and has no org: French, the default.
    expect(strFromU8(renterZip.zip["README.txt"]!)).toContain("Vos données Rentline");
    expect(strFromU8(renterZip.zip["README.txt"]!)).toContain("ledger-entries.json");
  });

  it("has the real values: the lease, the payment in minor units, the chat message, the application and its history", () => {
    const profile = jsonOf<{ account: Record<string, unknown>; renterProfile: { firstName: string } }>(
      renterZip.zip,
      "profile.json",
    );
    expect(profile.account).toMatchObject({ id: renter.userId, email: renter.email, signsInWithPassword: true });
    expect(profile.renterProfile.firstName).toBe("Rita");
    const leases = jsonOf<{ leases: { id: string; rentAmount: number; orgName: string }[] }>(
      renterZip.zip,
      "leases.json",
    );
    expect(leases.leases).toEqual([
      expect.objectContaining({ id: leaseId, rentAmount: 91000, orgName: "Agence Portabilité" }),
    ]);
    const ledger = jsonOf<{ kind: string; amount: number; period: string }[]>(renterZip.zip, "ledger-entries.json");
    expect(ledger).toContainEqual(expect.objectContaining({ kind: "payment", amount: -91000, period: "2026-01" }));
    const chat = jsonOf<{ text: string; userId: string }[]>(renterZip.zip, "chat-messages.json");
    expect(chat).toEqual([expect.objectContaining({ text: "Le radiateur de la chambre fuit", userId: renter.userId })]);
    const applications = jsonOf<{
      applications: { id: string; listingTitle: string }[];
      statusHistory: { applicationId: string; toStatus: string }[];
    }>(renterZip.zip, "applications.json");
    expect(applications.applications).toEqual([
      expect.objectContaining({ id: applicationId, listingTitle: "Studio lumineux" }),
    ]);
    expect(applications.statusHistory).toContainEqual(expect.objectContaining({ applicationId, toStatus: "pending" }));
    const audit = jsonOf<{ action: string }[]>(renterZip.zip, "audit-log.json");
    expect(audit.map((a) => a.action)).toContain("privacy.export_requested");
  });

  it("carries the dossier documents byte for byte, and the guarantor", async () => {
    const dossier = jsonOf<{ documents: { id: string; guarantorId: string | null }[]; guarantors: { name: string }[] }>(
      renterZip.zip,
      "dossier.json",
    );
    expect(dossier.documents).toHaveLength(3);
    expect(dossier.guarantors).toEqual([expect.objectContaining({ name: "Gina Guarantor" })]);
    const expected = new Uint8Array(await FILES.pdf().arrayBuffer());
    const files = Object.keys(renterZip.zip).filter((n) => n.startsWith("files/dossier/"));
    expect(files).toHaveLength(3);
    for (const name of files) expect(renterZip.zip[name]).toEqual(expected);
  });

  it("gives away no secret and no one else's contact details", () => {
    const all = Object.entries(renterZip.zip)
      .filter(([name]) => name.endsWith(".json"))
      .map(([, bytes]) => strFromU8(bytes))
      .join("\n");
    for (const secret of ["passwordHash", "password_hash", "tokenHash", "token_hash", "googleSub", "pbkdf2"])
      expect(all, secret).not.toContain(secret);
    expect(all).not.toContain(owner.email);
  });

  it("downloads only for its owner: another person and a tampered link get 404, signed out is asked to sign in", async () => {
    expect((await fetchAs(renterZip.link, owner)).status).toBe(404);
    const [payload, signature] = renterZip.link.slice("/files/".length).split(".");
    const tampered = `/files/${payload}.${signature!.slice(0, -2)}${signature!.endsWith("AA") ? "BB" : "AA"}`;
    expect((await fetchAs(tampered, renter)).status).toBe(404);
    expect((await fetchAs(renterZip.link, null)).status).toBe(401);
  });

  it("an expired link answers 410, and the list stops offering the link once the export expired", async () => {
    const row = await env.DB.prepare("select r2_key from data_exports where id = ?")
      .bind(renterZip.exportId)
      .first<{ r2_key: string }>();
    const eightDaysAgo = Date.now() - 8 * 24 * 60 * 60 * 1000;
    const expired = await signFileUrl(
      env.FILES_SIGNING_KEY,
      {
        key: row!.r2_key,
        name: "data.zip",
        type: "application/zip",
        disposition: "attachment",
        grant: { kind: "user", userId: renter.userId },
      },
      { ttlSeconds: 7 * 24 * 60 * 60, now: eightDaysAgo },
    );
    const res = await fetchAs(expired, renter);
    expect(res.status).toBe(410);
    expect((await res.json<{ code: string }>()).code).toBe("link_expired");
  });

  it("one at a time and once a day: a second request is refused with a clear code", async () => {
    const again = await api(renter).me.exports.$post();
    expect(again.status).toBe(429);
    expect(again.problem.code).toBe("export_too_soon");
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
  });

  it("a landlord's export: their org, the lease they created, their confirmation; no renter's dossier", async () => {
    const { zip } = await exportOf({ ...owner, email: owner.email });
    const memberships = jsonOf<{ memberships: { orgName: string; role: string }[] }>(zip, "memberships.json");
    expect(memberships.memberships).toEqual([
      expect.objectContaining({ orgName: "Agence Portabilité", role: "owner" }),
    ]);
    const leases = jsonOf<{ leases: { id: string }[]; leaseRenters: unknown[] }>(zip, "leases.json");
    expect(leases.leases.map((l) => l.id)).toContain(leaseId);
    expect(leases.leaseRenters).toEqual([]);
    const activities = jsonOf<{ activities: { confirmedBy: string; amount: number }[] }>(zip, "activities.json");
    expect(activities.activities).toContainEqual(expect.objectContaining({ confirmedBy: owner.userId, amount: 91000 }));
    expect(jsonOf<{ documents: unknown[] }>(zip, "dossier.json").documents).toEqual([]);
    expect(Object.keys(zip).filter((n) => n.startsWith("files/dossier/"))).toEqual([]);
    expect(JSON.stringify(jsonOf(zip, "profile.json"))).not.toContain(renter.email);
  });

  it("while one is being prepared, a second request is 409 export_in_progress", async () => {
    const { renter: other } = await addRenter(owner, (await createApartment(owner, "6E")).apartmentId);
    // Held in `requested`: as if the queue had not reached it yet.
    await env.DB.prepare("insert into data_exports (id, user_id, status, created_at) values (?, ?, 'requested', ?)")
      .bind(crypto.randomUUID(), other.userId, new Date().toISOString())
      .run();
    const refused = await api(other).me.exports.$post();
    expect(refused.status).toBe(409);
    expect(refused.problem.code).toBe("export_in_progress");
    expect(refused.problem.detail).toBeTruthy();
  });

  it("deleteExpiredExports removes the expired ZIPs and rows, once", async () => {
    const row = await env.DB.prepare("select r2_key from data_exports where id = ?")
      .bind(renterZip.exportId)
      .first<{ r2_key: string }>();
    expect(await env.DOCS.head(row!.r2_key)).not.toBeNull();
    const db = createDb(env.DB);
    const later = Date.parse(renterZip.ready.expiresAt!) + 1000;
    // Before its expiry it stays.
    await deleteExpiredExports(db, env.DOCS, Date.parse(renterZip.ready.expiresAt!) - 1000);
    expect(await env.DOCS.head(row!.r2_key)).not.toBeNull();
    expect(await deleteExpiredExports(db, env.DOCS, later)).toBeGreaterThanOrEqual(1);
    expect(await env.DOCS.head(row!.r2_key)).toBeNull();
    expect(await env.DB.prepare("select 1 from data_exports where id = ?").bind(renterZip.exportId).first()).toBeNull();
    expect(await deleteExpiredExports(db, env.DOCS, later)).toBe(0);
    const listed = await rawCall("GET", "/api/me/exports", undefined, renter);
    expect(listed.json).toEqual({ exports: [] });
  });

  it("a day with more expired exports than D1 binds parameters (100) deletes every one of them", async () => {
    // The rows were once deleted with all their ids in one IN (…): past 100 it failed, every day.
    const userId = renter.userId;
    const expiredAt = new Date(Date.now() - 86_400_000).toISOString();
    await env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < 150)
       insert into data_exports (id, user_id, status, created_at, expires_at) select 'bulk-' || i || '-' || ?, ?, 'ready', ?, ? from n`,
    )
      .bind(crypto.randomUUID(), userId, expiredAt, expiredAt)
      .run();
    expect(await deleteExpiredExports(createDb(env.DB), env.DOCS)).toBeGreaterThanOrEqual(150);
    const left = await env.DB.prepare("select count(*) as n from data_exports where id like 'bulk-%'").first<{
      n: number;
    }>();
    expect(left?.n).toBe(0);
  });

  it("an export that failed every retry is marked failed by the dead-letter queue, and may be asked again", async () => {
    const { renter: other } = await addRenter(owner, (await createApartment(owner, "7F")).apartmentId);
    const id = crypto.randomUUID();
    await env.DB.prepare("insert into data_exports (id, user_id, status, created_at) values (?, ?, 'building', ?)")
      .bind(id, other.userId, new Date().toISOString())
      .run();
    expectConsoleError("export job dead-lettered");
    await consumeExportDeadLetters(
      createMessageBatch<unknown>("rentline-export-dlq", [
        {
          id: "dx-1",
          timestamp: Date.now(),
          attempts: 1,
          body: { kind: "data_export", exportId: id, userId: other.userId },
        },
      ]),
      env,
    );
    const listed = await api(other).me.exports.$get();
    expect(listed.json.exports).toEqual([expect.objectContaining({ id, status: "failed", downloadUrl: null })]);
    // A failed export does not count against the daily limit.
    const again = await api(other).me.exports.$post();
    expect(again.status, again.text).toBe(202);
    await waitForMail(other.email, "data_export_ready");
  });
});
