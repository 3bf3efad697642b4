import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { addRenter, createApartment, env, PASSWORD, signUpLandlord, signUpRenter } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * Platform moderation of accounts (issue 16 §1): searching accounts by name or email (any case, accents
 * folded) with their memberships, leases and applications; banning with a reason and unbanning, each audited
 * in the same batch; a ban ends the account's sessions and room sockets at once, and its sign-in answers 403
 * `account_banned` with the reason. Every action needs a reason (422 `reason_required`); anyone but a
 * platform admin gets the 404 of a route that does not exist, before their body is even read.
 */
async function platformAdmin(name = "Rentline Moderation") {
  const admin = await signUpLandlord(name);
  await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
  return admin;
}

async function auditRows(userId: string) {
  const { results } = await env.DB.prepare(
    "select action, actor_user_id as actor, details from audit_log where target_type = 'user' and target_id = ? order by at",
  )
    .bind(userId)
    .all<{ action: string; actor: string; details: string | null }>();
  return results.map((r) => ({ action: r.action, actor: r.actor, details: r.details && JSON.parse(r.details) }));
}

const signIn = (email: string) => rawCall("POST", "/api/auth/login", { email, password: PASSWORD });

describe("searching accounts", () => {
  it("by name without accents or case, by a part of the email; with memberships, leases and applications; one round trip", async () => {
    const admin = await platformAdmin();
    const owner = await signUpLandlord("Élodie Lettings");
    await env.DB.prepare("update users set name = 'Élodie Dubois-Mercier' where id = ?").bind(owner.userId).run();
    const { apartmentId } = await createApartment(owner, "S1");
    const { renter } = await addRenter(owner, apartmentId);

    const byName = await api(admin).admin.users.$get({ query: { q: "ELODIE dubois" } });
    expect(byName.status, byName.text).toBe(200);
    expect(byName.headers.get("x-d1-round-trips")).toBe("1");
    expect(byName.json.results.map((u) => u.id)).toEqual([owner.userId]);
    expect(byName.json.results[0]).toMatchObject({
      name: "Élodie Dubois-Mercier",
      status: "active",
      banReason: null,
      memberships: [{ orgId: owner.orgId, orgName: "Élodie Lettings", role: "owner" }],
      leasesCount: 0,
      applicationsCount: 0,
    });

    const part = renter.email.slice(0, renter.email.indexOf("@") - 2).toUpperCase();
    const byEmail = await api(admin).admin.users.$get({ query: { q: part } });
    expect(byEmail.json.results.map((u) => u.id)).toEqual([renter.userId]);
    expect(byEmail.json.results[0]).toMatchObject({ memberships: [], leasesCount: 1, accountType: "renter" });

    // Paging: newest first, `total` counts every match.
    const all = await api(admin).admin.users.$get({ query: { limit: "1", page: "2" } });
    expect(all.json.limit).toBe(1);
    expect(all.json.page).toBe(2);
    expect(all.json.results).toHaveLength(1);
    expect(all.json.total).toBeGreaterThanOrEqual(3);
    // Unreadable paging falls back to the defaults (never a 400 before the admin check); FTS syntax is just text.
    const odd = await rawCall("GET", "/api/admin/users?q=%22%2A%20OR%20NEAR(&page=x&limit=-3", undefined, admin);
    expect(odd.status, odd.text).toBe(200);
    expect(odd.json).toMatchObject({ page: 1, limit: 20 });
  });
});

describe("banning and unbanning an account", () => {
  it("bans with a reason (sessions, sockets, sign-in refused with the reason), unbans with a reason; audited", async () => {
    const admin = await platformAdmin();
    const owner = await signUpLandlord("Moderated Lettings");
    const { apartmentId } = await createApartment(owner, "M1");
    const { renter } = await addRenter(owner, apartmentId);

    // The renter has a room open: a ban closes it at once.
    const socket = await RoomClient.open(apartmentId, renter);
    const closed = new Promise<number>((resolve) => socket.ws.addEventListener("close", (e) => resolve(e.code)));
    const banned = await api(admin).admin.users[":id"].ban.$post({
      param: { id: renter.userId },
      json: { reason: "Fraudulent payment reports" },
    });
    expect(banned.status, banned.text).toBe(200);
    expect(banned.json).toEqual({ id: renter.userId, status: "banned" });
    expect(await closed).toBe(4003);
    expect((await api(renter).me.$get()).status).toBe(401);

    const refused = await signIn(renter.email);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: "account_banned", banReason: "Fraudulent payment reports" });
    const found = (await api(admin).admin.users.$get({ query: { q: renter.email } })).json.results[0]!;
    expect(found).toMatchObject({ status: "banned", banReason: "Fraudulent payment reports" });

    const lifted = await api(admin).admin.users[":id"].unban.$post({
      param: { id: renter.userId },
      json: { reason: "Payments checked with the landlord" },
    });
    expect(lifted.json).toEqual({ id: renter.userId, status: "active" });
    expect((await signIn(renter.email)).status).toBe(200);
    expect(await auditRows(renter.userId)).toEqual([
      { action: "admin.user_ban", actor: admin.userId, details: { reason: "Fraudulent payment reports" } },
      { action: "admin.user_unban", actor: admin.userId, details: { reason: "Payments checked with the landlord" } },
    ]);
  });

  it("without a reason: 422 reason_required, nothing written; a platform admin cannot be banned", async () => {
    const admin = await platformAdmin();
    const renter = await signUpRenter("Reasonless Renter");
    for (const body of [{}, { reason: "  " }, { reason: "x".repeat(501) }]) {
      const res = await rawCall("POST", `/api/admin/users/${renter.userId}/ban`, body, admin);
      expect(res.status, res.text).toBe(422);
      expect(res.problem.code).toBe("reason_required");
    }
    const unban = await rawCall("POST", `/api/admin/users/${renter.userId}/unban`, {}, admin);
    expect(unban.problem.code).toBe("reason_required");
    expect(await auditRows(renter.userId)).toEqual([]);
    expect((await api(renter).me.$get()).status).toBe(200);

    const other = await platformAdmin("Other Moderator");
    const guarded = await api(admin).admin.users[":id"].ban.$post({
      param: { id: other.userId },
      json: { reason: "Testing the guard" },
    });
    expect(guarded.status).toBe(404);
    expect(await auditRows(other.userId)).toEqual([]);
  });

  it("anyone but a platform admin: 404 (even with no reason) or 401 signed out, and nothing changes", async () => {
    const renter = await signUpRenter("Curious Renter");
    const owner = await signUpLandlord("Curious Org");
    for (const who of [renter, owner]) {
      expect((await api(who).admin.users.$get({ query: { q: renter.email } })).status).toBe(404);
      const ban = await api(who).admin.users[":id"].ban.$post({
        param: { id: renter.userId },
        json: { reason: "I want to" },
      });
      expect(ban.status).toBe(404);
      expect((await rawCall("POST", `/api/admin/users/${renter.userId}/ban`, {}, who)).status).toBe(404);
    }
    expect((await api().admin.users.$get({ query: {} })).status).toBe(401);
    expect(await auditRows(renter.userId)).toEqual([]);
    expect((await api(renter).me.$get()).status).toBe(200);
  });
});
