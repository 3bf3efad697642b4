import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { getServerByName } from "partyserver";
import { type OrgFrame, type OrgHello, orgRoomName, readOrgFrame } from "../../durable-objects/org-room.protocol";
import { api, BASE, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";
import { upgrade } from "../setup/room-client";

/** One org-room socket through the real Worker and the frames it received, zod-parsed. */
async function openOrgRoom(who: Caller) {
  const ticket = await api(who).dashboard["room-ticket"].$post();
  expect(ticket.status, ticket.text).toBe(200);
  const res = await upgrade(ticket.json.url);
  expect(res.status).toBe(101);
  const ws = res.webSocket!;
  ws.accept();
  const frames: OrgFrame[] = [];
  const waiters: (() => void)[] = [];
  let resolveHello!: (hello: OrgHello) => void;
  const hello = new Promise<OrgHello>((resolve) => (resolveHello = resolve));
  ws.addEventListener("message", (event) => {
    const json = JSON.parse(String(event.data)) as Partial<OrgHello>;
    if (json.type === "hello") return resolveHello(json as OrgHello);
    const frame = readOrgFrame(json);
    if (!frame) throw new Error(`not an org frame: ${String(event.data)}`);
    frames.push(frame);
    for (const w of waiters) w();
  });
  const next = (what: OrgFrame["what"], from: number) =>
    new Promise<OrgFrame>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${what}" frame; got ${JSON.stringify(frames)}`)), 5000);
      const check = () => {
        const found = frames.slice(from).find((f) => f.what === what);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      };
      waiters.push(check);
      check();
    });
  return { ws, frames, next, hello, url: ticket.json.url };
}

describe("org room", () => {
  it("a payment reported and then confirmed in other requests reaches the open dashboard live", async () => {
    const owner = await signUpLandlord("Live Lettings");
    const { apartmentId } = await createApartment(owner, "R1");
    const { renter } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const manager = await addMember(owner, "manager");
    const room = await openOrgRoom(owner);
    const managerRoom = await openOrgRoom(manager);

    const reported = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Virement", amount: 85000, period: "2026-11" },
    });
    expect(reported.status, reported.text).toBe(201);
    expect(await room.next("payments", 0)).toEqual({ type: "changed", what: "payments" });
    await managerRoom.next("payments", 0);

    const from = room.frames.length;
    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    await room.next("payments", from);

    // A lease created elsewhere says "leases".
    const other = await createApartment(owner, "R2");
    const leaseFrom = room.frames.length;
    await addRenter(owner, other.apartmentId, { startDate: "2026-01-01" });
    await room.next("leases", leaseFrom);
    room.ws.close(1000, "bye");
    managerRoom.ws.close(1000, "bye");
  });

  it("a connection's hello says when the room last sent `changed`, so a page read before it reloads", async () => {
    const owner = await signUpLandlord("Hello Lettings");
    const first = await openOrgRoom(owner);
    expect(await first.hello).toEqual({ type: "hello", changedAt: 0 });
    first.ws.close(1000, "bye");
    // A change with nobody connected (a dashboard between its loader and its socket would miss the frame).
    const before = Date.now();
    await (await getServerByName(env.ORG_ROOM, orgRoomName(owner.orgId))).changed("payments");
    const second = await openOrgRoom(owner);
    expect((await second.hello).changedAt).toBeGreaterThanOrEqual(before);
    second.ws.close(1000, "bye");
  });

  it("outsiders are refused: renters, maintenance, another org, tickets for another room, no ticket", async () => {
    const owner = await signUpLandlord("Guarded Lettings");
    const { apartmentId } = await createApartment(owner, "G1");
    const { renter } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    expect((await api(renter).dashboard["room-ticket"].$post()).status).toBe(403);
    const maintenance = await addMember(owner, "maintenance");
    expect((await api(maintenance).dashboard["room-ticket"].$post()).status).toBe(403);

    const stranger = await signUpLandlord("Stranger Lettings");
    const strangers = await api(stranger).dashboard["room-ticket"].$post();
    expect(strangers.status).toBe(200);
    // The stranger's ticket names their own org's room: pointed at this org it opens nothing.
    const stolen = strangers.json.url.replace(`org-${stranger.orgId}`, `org-${owner.orgId}`);
    expect((await upgrade(stolen)).status).toBe(401);
    expect((await upgrade(`/parties/org-room/org-${owner.orgId}`)).status).toBe(401);
    // An apartment room's ticket is not an org room's.
    const aptTicket = await api(owner).apartments[":id"]["room-ticket"].$post({ param: { id: apartmentId } });
    const ticket = new URL(aptTicket.json.url, "http://x").searchParams.get("ticket")!;
    expect((await upgrade(`/parties/org-room/org-${owner.orgId}?ticket=${encodeURIComponent(ticket)}`)).status).toBe(
      401,
    );
    // Plain HTTP to the room is refused.
    const { url } = (await api(owner).dashboard["room-ticket"].$post()).json;
    expect((await exports.default.fetch(new Request(`${BASE}${url}`))).status).toBe(404);
  });
});
