import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { createLogger } from "../../worker/lib/log";
import { roomEvents } from "../../worker/rooms/publish";
import { ERASED_USER_NAME } from "../../worker/erasure/contract";
import { purgeClosedOrgs } from "../../worker/erasure/purge";
import { api } from "../setup/client";
import { roomEventCount, seedRoomEvent } from "../setup/room-storage";
import { applyTo, createListing, completeDossier } from "../setup/listings";
import { RoomClient } from "../setup/room-client";
import {
  addMember,
  addRenter,
  createApartment,
  env,
  mailTo,
  PASSWORD,
  signUpAndSignIn,
  signUpLandlord,
  waitForMail,
} from "../setup/helpers";

/**
 * Issue 16 §3, erasure (GDPR art. 17): a renter with a running lease, payments, chat and a dossier with files
 * erases their account; the last owner is refused while others depend on the org; an owner closes the org;
 * `purgeClosedOrgs` with a controlled clock.
 */

const one = async <T>(sql: string, ...binds: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...binds)
    .first<T>();
const countOf = async (sql: string, ...binds: unknown[]) => (await one<{ n: number }>(sql, ...binds))!.n;
const r2Keys = async (prefix: string) => (await env.DOCS.list({ prefix })).objects.map((o) => o.key);

/** A landlord with a flat let to a renter who paid, chatted and built a dossier with files. */
async function rentedHome() {
  const owner = await signUpLandlord("Erasure Lettings");
  const { apartmentId } = await createApartment(owner);
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  await completeDossier(renter);
  const reported = await api(renter).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { description: "Rent for May", amount: 85000, period: "2026-05" },
  });
  expect(reported.status, reported.text).toBe(201);
  const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
  expect(confirmed.status, confirmed.text).toBe(200);
  const room = await RoomClient.open(apartmentId, renter);
  await room.chat("The radiator is fixed, thank you");
  return { owner, apartmentId, renter, leaseId, room };
}

describe("erasing one's account", () => {
  it("a wrong password changes nothing (422 wrong_password)", async () => {
    const { renter } = await rentedHome();
    const before = await one("select name, email, password_hash from users where id = ?", renter.userId);
    const res = await api(renter).me.erasure.$post({ json: { password: "not the password at all" } });
    expect(res.status, res.text).toBe(422);
    expect(res.problem.code).toBe("wrong_password");
    expect(await one("select name, email, password_hash from users where id = ?", renter.userId)).toEqual(before);
    expect(await countOf("select count(*) n from dossier_documents where user_id = ?", renter.userId)).toBe(3);
    expect((await api(renter).me.$get()).status).toBe(200);
  });

  it("deletes the dossier and its files, pseudonymises, keeps the ledger, ends every session and socket, emails, and lets the address sign up again", async () => {
    const { owner, apartmentId, renter, leaseId, room } = await rentedHome();
    expect(await r2Keys(`users/${renter.userId}/`)).toHaveLength(3);
    // A data export made before (its ZIP is a copy of everything) goes too.
    await env.DB.prepare(
      "insert into data_exports (id, user_id, status, r2_key, bytes, created_at, ready_at, expires_at) values (?, ?, 'ready', ?, 3, ?, ?, ?)",
    )
      .bind(
        `dx-${renter.userId}`,
        renter.userId,
        `exports/${renter.userId}/dx.zip`,
        "2026-11-30T00:00:00.000Z",
        "2026-11-30T00:00:00.000Z",
        "2099-01-01T00:00:00.000Z",
      )
      .run();
    await env.DOCS.put(`exports/${renter.userId}/dx.zip`, "zip");
    const ledgerBefore = await countOf("select count(*) n from ledger_entries where lease_id = ?", leaseId);
    expect(ledgerBefore).toBeGreaterThan(0);
    // An application still waiting, with chat in its room: the row goes, and the chat with it.
    const other = await createApartment(owner, "2B");
    const listing = await createListing(owner, other.apartmentId);
    const applied = await applyTo(renter, listing.listingId);
    expect(applied.status, applied.text).toBe(201);
    const applicationRoom = `application-${applied.json.id}`;
    await seedRoomEvent(applicationRoom);
    expect(await roomEventCount(applicationRoom)).toBe(1);

    const res = await api(renter).me.erasure.$post({ json: { password: PASSWORD } });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/rl_access=;/);

    // Deleted: rows and files.
    for (const table of [
      "renter_profiles",
      "dossier_documents",
      "guarantors",
      "memberships",
      "room_reads",
      "data_exports",
    ])
      expect(await countOf(`select count(*) n from ${table} where user_id = ?`, renter.userId), table).toBe(0);
    expect(await r2Keys(`users/${renter.userId}/`)).toEqual([]);
    expect(await r2Keys(`exports/${renter.userId}/`)).toEqual([]);
    expect(await countOf("select count(*) n from applications where id = ?", applied.json.id)).toBe(0);
    expect(await roomEventCount(applicationRoom)).toBe(0);

    // Pseudonymised, and kept.
    const user = await one<Record<string, unknown>>("select * from users where id = ?", renter.userId);
    expect(user).toMatchObject({
      name: ERASED_USER_NAME,
      email: `erased-${renter.userId}@erased.invalid`,
      password_hash: null,
      google_sub: null,
    });
    expect(user!.erased_at).toBeTruthy();
    expect(await countOf("select count(*) n from ledger_entries where lease_id = ?", leaseId)).toBe(ledgerBefore);
    expect(
      await countOf("select count(*) n from ledger_entries where lease_id = ? and kind = 'payment'", leaseId),
    ).toBe(1);
    expect(
      await one("select email from lease_renters where lease_id = ? and user_id = ?", leaseId, renter.userId),
    ).toEqual({ email: `erased-${renter.userId}@erased.invalid` });
    const feed = await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId }, query: {} });
    expect(feed.status, feed.text).toBe(200);
    const authors = feed.json.results.filter((a) => a.authorUserId === renter.userId).map((a) => a.authorName);
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set([ERASED_USER_NAME]));
    const chat = await api(owner).apartments[":id"].messages.$get({ param: { id: apartmentId }, query: {} });
    expect(chat.status, chat.text).toBe(200);
    const message = chat.json.messages.find((m) => m.text === "The radiator is fixed, thank you");
    expect(message?.name).toBe(ERASED_USER_NAME);
    expect(JSON.stringify(chat.json)).not.toContain("Rita Renter");

    // Sessions end at once: the access token, the refresh token and the open socket.
    expect((await api(renter).me.$get()).status).toBe(401);
    expect((await api().auth.refresh.$post({ json: { refreshToken: renter.refreshToken } })).status).toBe(401);
    const revoked = await room.waitFor("error", (f) => f.code === "access_revoked");
    expect(revoked.code).toBe("access_revoked");

    // The audit row: the person, users/<id>, no personal data.
    const audit = await one<{ details: string | null }>(
      "select details from audit_log where action = 'account.erased' and actor_user_id = ? and target_type = 'users' and target_id = ?",
      renter.userId,
      renter.userId,
    );
    expect(audit).not.toBeNull();
    expect(audit!.details ?? "").not.toContain(renter.email);

    // The confirmation, to the address before erasure.
    const mail = await waitForMail(renter.email, "account_erased");
    expect(mail.subject).toMatch(/supprimé|deleted/);

    // The address is free again: a new account.
    const again = await signUpAndSignIn({
      email: renter.email,
      password: PASSWORD,
      name: "Rita Again",
      accountType: "renter",
    });
    expect(again.userId).not.toBe(renter.userId);
  });

  it("refuses the last owner while others depend on the org (409 close_org_first), and closes an org they were alone in", async () => {
    const withMember = await signUpLandlord("Team Lettings");
    await addMember(withMember, "manager");
    const refused = await api(withMember).me.erasure.$post({ json: { password: PASSWORD } });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.problem.code).toBe("close_org_first");
    expect((await api(withMember).me.$get()).status).toBe(200);

    const withLease = await signUpLandlord("Lease Lettings");
    const { apartmentId } = await createApartment(withLease);
    await addRenter(withLease, apartmentId);
    const refusedToo = await api(withLease).me.erasure.$post({ json: { password: PASSWORD } });
    expect(refusedToo.status, refusedToo.text).toBe(409);

    const alone = await signUpLandlord("Solo Lettings");
    const erased = await api(alone).me.erasure.$post({ json: { password: PASSWORD } });
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json.closedOrgIds).toEqual([alone.orgId]);
    expect(await one("select closed_at is not null closed, is_disabled from orgs where id = ?", alone.orgId)).toEqual({
      closed: 1,
      is_disabled: 1,
    });
  });

  it("an account with Google only re-authenticates by a sign-in less than 5 minutes old", async () => {
    const { renter } = await rentedHome();
    await env.DB.prepare("update users set password_hash = null where id = ?").bind(renter.userId).run();
    const stale = new Date(Date.now() - 6 * 60 * 1000).toISOString();
    await env.DB.prepare("update sessions set created_at = ? where user_id = ?").bind(stale, renter.userId).run();
    const refused = await api(renter).me.erasure.$post({ json: {} });
    expect(refused.status, refused.text).toBe(403);
    expect(refused.problem.code).toBe("reauthentication_required");
    await env.DB.prepare("update sessions set created_at = ? where user_id = ?")
      .bind(new Date().toISOString(), renter.userId)
      .run();
    expect((await api(renter).me.erasure.$post({ json: {} })).status).toBe(200);
  });
});

describe("closing an org", () => {
  it("an owner closes it: disabled at once, listings closed, members and renters emailed; then purged after the retention period", async () => {
    const { owner, apartmentId, renter } = await rentedHome();
    const manager = await addMember(owner, "manager");
    const { listingId } = await createListing(owner, apartmentId);
    const logo = `orgs/${owner.orgId}/logo/test`;
    await env.DOCS.put(logo, "logo");

    const byManager = await api({ token: manager.token }).orgs.current.close.$post({ json: { password: PASSWORD } });
    expect(byManager.status, byManager.text).toBe(403);
    const wrong = await api(owner).orgs.current.close.$post({ json: { password: "wrong password here" } });
    expect(wrong.status, wrong.text).toBe(422);
    expect(await one("select closed_at from orgs where id = ?", owner.orgId)).toEqual({ closed_at: null });

    const closed = await api(owner).orgs.current.close.$post({ json: { password: PASSWORD } });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json.purgeAfter.slice(0, 4)).toBe(String(Number(closed.json.closedAt.slice(0, 4)) + 6));
    const after = await api(owner).apartments.$get({ query: {} });
    expect(after.status).toBe(403);
    expect(after.problem.code).toBe("org_disabled");
    expect(await one("select status from listings where id = ?", listingId)).toEqual({ status: "closed" });
    for (const to of [owner.email, manager.email, renter.email]) {
      const mail = await waitForMail(to, "org_closed");
      expect(mail.subject).toContain("Erasure Lettings");
    }
    expect((await mailTo(renter.email)).find((m) => m.template === "org_closed")?.text).toMatch(/bail|lease/);

    // The owner may now erase their own account: the org no longer needs them.
    expect((await api(owner).me.erasure.$post({ json: { password: PASSWORD } })).status).toBe(200);

    // Retention: nothing is purged before its end; everything of the org after it, the people stay.
    const db = createDb(env.DB);
    const rooms = roomEvents(env.APARTMENT_ROOM, createLogger({ test: "purge" }), db, env.ORG_ROOM);
    const ports = { db, docs: env.DOCS, requestId: "test-purge", rooms };
    // What the apartment's room stores (its chat and feed log) goes with the org.
    await seedRoomEvent(apartmentId);
    const stored = () => roomEventCount(apartmentId);
    expect(await stored()).toBeGreaterThan(0);
    const closedAt = Date.parse(closed.json.closedAt);
    const purgeAfter = Date.parse(closed.json.purgeAfter);
    expect(await purgeClosedOrgs(ports, closedAt + 5 * 365 * 24 * 3600 * 1000)).not.toContain(owner.orgId);
    expect(await countOf("select count(*) n from ledger_entries where org_id = ?", owner.orgId)).toBeGreaterThan(0);
    expect(await purgeClosedOrgs(ports, purgeAfter + 1000)).toContain(owner.orgId);
    for (const table of [
      "orgs where id",
      "ledger_entries where org_id",
      "leases where org_id",
      "payments where org_id",
    ])
      expect(await countOf(`select count(*) n from ${table} = ?`, owner.orgId), table).toBe(0);
    expect(await r2Keys(`orgs/${owner.orgId}/`)).toEqual([]);
    expect(await stored()).toBe(0);
    expect(await countOf("select count(*) n from users where id = ?", renter.userId)).toBe(1);
    expect(
      await countOf("select count(*) n from audit_log where action = 'org.purged' and target_id = ?", owner.orgId),
    ).toBe(1);
    // A second run finds nothing more to do.
    expect(await purgeClosedOrgs(ports, purgeAfter + 2000)).not.toContain(owner.orgId);
  });
});
