import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * Platform moderation of accounts (issue 11 §3, the admin page's API): finding an account by email, banning
 * it with a reason and lifting the ban, each audited in the same batch; a ban ends the account's sessions and
 * room sockets at once. Anyone but a platform admin gets the 404 of a route that does not exist.
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

describe("finding, banning and unbanning an account", () => {
  it("finds by email (any case), bans with a reason, unbans; every change is audited and shown in the history", async () => {
    const admin = await platformAdmin();
    const owner = await signUpLandlord("Moderated Lettings");
    const { apartmentId } = await createApartment(owner, "M1");
    const { renter } = await addRenter(owner, apartmentId);
    const find = () => api(admin).admin.users.$get({ query: { email: renter.email.toUpperCase() } });

    const before = await find();
    expect(before.status, before.text).toBe(200);
    expect(before.headers.get("x-d1-round-trips")).toBe("1");
    expect(before.json.results).toEqual([
      {
        id: renter.userId,
        email: renter.email,
        name: "Rita Renter",
        isBanned: false,
        isPlatformAdmin: false,
        moderation: [],
      },
    ]);

    // The renter has a room open: a ban closes it at once.
    const socket = await RoomClient.open(apartmentId, renter);
    const closed = new Promise<number>((resolve) => socket.ws.addEventListener("close", (e) => resolve(e.code)));
    const banned = await api(admin).admin.users[":id"].ban.$post({
      param: { id: renter.userId },
      json: { reason: "Fraudulent payment reports" },
    });
    expect(banned.status, banned.text).toBe(200);
    expect(await closed).toBe(4003);
    expect((await api(renter).me.$get()).status).toBe(401);

    const after = (await find()).json.results[0]!;
    expect(after.isBanned).toBe(true);
    expect(after.moderation).toEqual([
      { action: "ban", at: expect.any(String), byName: "Lena Landlord", reason: "Fraudulent payment reports" },
    ]);

    const lifted = await api(admin).admin.users[":id"].unban.$post({ param: { id: renter.userId } });
    expect(lifted.status, lifted.text).toBe(200);
    const history = (await find()).json.results[0]!;
    expect(history.isBanned).toBe(false);
    expect(history.moderation.map((m) => [m.action, m.reason])).toEqual([
      ["unban", null],
      ["ban", "Fraudulent payment reports"],
    ]);
    // The audit log holds both, by this admin.
    expect(await auditRows(renter.userId)).toEqual([
      { action: "admin.user_ban", actor: admin.userId, details: { reason: "Fraudulent payment reports" } },
      { action: "admin.user_unban", actor: admin.userId, details: null },
    ]);
  });

  it("no address, an unknown address: no results; a malformed one: 400; a platform admin cannot be banned", async () => {
    const admin = await platformAdmin();
    expect((await api(admin).admin.users.$get({ query: {} })).json.results).toEqual([]);
    const unknown = await api(admin).admin.users.$get({ query: { email: "nobody-here@example.com" } });
    expect(unknown.status).toBe(200);
    expect(unknown.json.results).toEqual([]);
    const malformed = await rawCall("GET", "/api/admin/users?email=not-an-address", undefined, admin);
    expect(malformed.status).toBe(400);
    const other = await platformAdmin("Other Moderator");
    const found = (await api(admin).admin.users.$get({ query: { email: other.email } })).json.results[0]!;
    expect(found.isPlatformAdmin).toBe(true);
    const refused = await api(admin).admin.users[":id"].ban.$post({
      param: { id: other.userId },
      json: { reason: "Testing the guard" },
    });
    expect(refused.status).toBe(404);
    expect(await auditRows(other.userId)).toEqual([]);
  });

  it("anyone but a platform admin: 404 (signed in) or 401, and nothing changes", async () => {
    const renter = await signUpRenter("Curious Renter");
    const owner = await signUpLandlord("Curious Org");
    for (const who of [renter, owner]) {
      expect((await api(who).admin.users.$get({ query: { email: renter.email } })).status).toBe(404);
      const ban = await api(who).admin.users[":id"].ban.$post({
        param: { id: renter.userId },
        json: { reason: "I just want to" },
      });
      expect(ban.status).toBe(404);
    }
    expect((await api().admin.users.$get({ query: {} })).status).toBe(401);
    expect(await auditRows(renter.userId)).toEqual([]);
    expect((await api(renter).me.$get()).status).toBe(200);
  });
});
