import { getServerByName } from "partyserver";
import { describe, expect, it } from "vitest";
import { orgRoomName } from "../../durable-objects/org-room.protocol";
import { api, BASE, type Caller } from "../setup/client";
import { addMember, env, signUpLandlord, type Landlord } from "../setup/helpers";
import { upgrade } from "../setup/room-client";

/**
 * The org room (the dashboard's live channel) closes a socket the moment its holder loses the dashboard, as
 * the apartment room does (issue 14 follow-up): a member removed, a role changed, a session ended, a ban,
 * the org disabled. Another member's socket stays open and keeps receiving frames. The race (the gate checked,
 * the revocation found no socket yet, then the socket reached the room) is closed by the room's own check.
 */

const ok = (res: { status: number; text: string }, status = 200) => expect(res.status, res.text).toBe(status);

/** An open org-room socket through the real Worker: when it closed (its code), and the frames it received. */
async function openDashboard(who: Caller) {
  const ticket = await api(who).dashboard["room-ticket"].$post();
  ok(ticket);
  const res = await upgrade(ticket.json.url);
  expect(res.status).toBe(101);
  const ws = res.webSocket!;
  const frames: string[] = [];
  const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
  ws.addEventListener("message", (e) => {
    frames.push(String(e.data));
  });
  ws.accept();
  // The room registers the socket in D1 in its onConnect: wait for the row, so the revocation finds it.
  await expect.poll(() => registered(who), { timeout: 5000 }).toBeGreaterThan(0);
  return { ws, frames, closed };
}

async function registered(who: Caller & { userId?: string }) {
  const row = await env.DB.prepare("select count(*) as n from room_connections where user_id = ? and room like 'org-%'")
    .bind(who.userId ?? "")
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function platformAdmin() {
  const admin = await signUpLandlord("Rentline Moderation");
  await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
  return admin;
}

type Member = { token: string; userId: string };
type Revoke = (w: { owner: Landlord; victim: Member }) => Promise<void>;

const EVENTS: [string, Revoke][] = [
  [
    "member removed",
    async ({ owner, victim }) =>
      ok(await api(owner).orgs.current.members[":id"].$delete({ param: { id: victim.userId } }), 204),
  ],
  [
    "role changed",
    async ({ owner, victim }) =>
      ok(
        await api(owner).orgs.current.members[":id"].$patch({
          param: { id: victim.userId },
          json: { role: "maintenance" },
        }),
      ),
  ],
  ["session ended (logout)", async ({ victim }) => ok(await api(victim).auth.logout.$post(), 204)],
  [
    "user banned",
    async ({ victim }) => {
      const admin = await platformAdmin();
      ok(
        await api(admin).admin.users[":id"].ban.$post({
          param: { id: victim.userId },
          json: { reason: "Fraudulent payment reports" },
        }),
      );
    },
  ],
];

describe("org room sockets closed on revocation", () => {
  for (const [name, revoke] of EVENTS) {
    it(`${name}: the manager's open dashboard socket closes at once (4003), the owner's stays open`, async () => {
      const owner = await signUpLandlord(`Org Room ${name}`);
      const victim = await addMember(owner, "manager");
      const ownerRoom = await openDashboard(owner);
      const victimRoom = await openDashboard(victim);

      await revoke({ owner, victim });
      // Awaited by the request: when it answered, the close is already on its way.
      expect(await victimRoom.closed).toBe(4003);
      await expect.poll(() => registered(victim), { timeout: 5000 }).toBe(0);
      // The owner's socket is untouched and still hears the org's changes.
      const room = await getServerByName(env.ORG_ROOM, orgRoomName(owner.orgId));
      await room.changed("leases");
      await expect.poll(() => ownerRoom.frames.length, { timeout: 5000 }).toBeGreaterThan(0);
      // A fresh ticket is refused to the victim (no dashboard any more).
      expect((await api(victim).dashboard["room-ticket"].$post()).status).not.toBe(200);
      ownerRoom.ws.close(1000, "bye");
    });
  }

  it("org disabled: every member's socket closes", async () => {
    const owner = await signUpLandlord("Org Room Disabled");
    const manager = await addMember(owner, "manager");
    const sockets = [await openDashboard(owner), await openDashboard(manager)];
    const admin = await platformAdmin();
    ok(
      await api(admin).admin.orgs[":id"].disable.$post({
        param: { id: owner.orgId },
        json: { reason: "Unpaid subscription" },
      }),
    );
    expect(await Promise.all(sockets.map((s) => s.closed))).toEqual([4003, 4003]);
  });

  it("checked at the gate, then removed (no socket registered yet), then connected: the room closes it", async () => {
    const owner = await signUpLandlord("Org Room Race");
    const victim = await addMember(owner, "manager");
    const sid = (JSON.parse(atob(victim.token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { sid: string })
      .sid;
    // 1. The gate's check passed (simulated: the identity header it would hand over).
    const identity = { userId: victim.userId, sid, orgId: owner.orgId };
    // 2. The removal lands in D1; its registry read finds nothing.
    ok(await api(owner).orgs.current.members[":id"].$delete({ param: { id: victim.userId } }), 204);
    // 3. The upgrade reaches the room, which reads the access again after registering: closed.
    const stub = await getServerByName(env.ORG_ROOM, orgRoomName(owner.orgId));
    const res = await stub.fetch(
      new Request(`${BASE}/parties/org-room/${orgRoomName(owner.orgId)}`, {
        headers: { Upgrade: "websocket", "x-rentline-identity": encodeURIComponent(JSON.stringify(identity)) },
      }),
    );
    expect(res.status).toBe(101);
    const ws = res.webSocket!;
    const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
    ws.accept();
    expect(await closed).toBe(4003);
  });

  it("a header naming another org's room is refused by the room (4001)", async () => {
    const owner = await signUpLandlord("Org Room Mismatch");
    const other = await signUpLandlord("Org Room Elsewhere");
    const stub = await getServerByName(env.ORG_ROOM, orgRoomName(owner.orgId));
    const identity = { userId: other.userId, sid: "x", orgId: other.orgId };
    const res = await stub.fetch(
      new Request(`${BASE}/parties/org-room/${orgRoomName(owner.orgId)}`, {
        headers: { Upgrade: "websocket", "x-rentline-identity": encodeURIComponent(JSON.stringify(identity)) },
      }),
    );
    const ws = res.webSocket!;
    const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
    ws.accept();
    expect(await closed).toBe(4001);
  });
});
