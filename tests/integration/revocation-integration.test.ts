import { getServerByName } from "partyserver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import type { RoomRevocationReason } from "../../worker/domain";
import { signFileUrl } from "../../worker/lib/signed-urls";
import { roomRights } from "../../worker/rooms/rights";
import { api, BASE, rawCall, type Caller } from "../setup/client";
import {
  addMember,
  addRenter,
  createApartment,
  env,
  linkToken,
  mailTo,
  PASSWORD,
  signUpLandlord,
  signUpAndSignIn,
  signUpRenter,
  waitForMail,
  type Landlord,
} from "../setup/helpers";
import { applyTo, createListing, PROFILE } from "../setup/listings";
import { RoomClient, ticketFor, upgrade, type Frame } from "../setup/room-client";

/**
 * Taking access away, everywhere at once (issue 11 §3), generated: every revocation event × every access path
 * the victim held before it. Each event builds a world (an apartment, the victim with access to it), the
 * victim opens a fresh session and, before the event, holds on each path: an access token, a refresh token,
 * a room ticket (unused), an open room socket and a signed `/files` link. After the event each path gets the
 * answer the event means: everything refused (`nothing`), or, for the events that leave some access, the
 * reduced access (`reading`: a lease ended, the renter reads their tenure; `access`: a role changed).
 * An open socket is closed by every event (`access_revoked`): those who keep access reconnect with the new view.
 */

type Victim = { token: string; refreshToken: string; userId: string; email: string };
type World = {
  owner: Landlord;
  apartmentId: string;
  victim: Victim;
  /** who the event needs, by name */ extra?: Victim;
  propertyId?: string;
};
type Keeps = "nothing" | "reading" | "access";
type RevocationEvent = {
  name: string;
  /** The code the `access_revoked` frame carries (the UI words it in the reader's language). */
  reason: RoomRevocationReason;
  /** The world, with the victim's access to `apartmentId` in place. */
  setup: () => Promise<Omit<World, "victim"> & { victimEmail: string; victimUserId: string }>;
  revoke: (w: World) => Promise<void>;
  keeps: Keeps;
  /** Whether the victim's session (refresh-token family) itself ends. */
  sessionEnds: boolean;
};

/** A fresh session for an account (the victim's device). */
async function signIn(email: string, userId: string): Promise<Victim> {
  const res = await api().auth.login.$post({ json: { email, password: PASSWORD } });
  expect(res.status, res.text).toBe(200);
  return { token: res.json.accessToken, refreshToken: res.json.refreshToken, userId, email };
}

/** The session id of an access token. */
function sessionOf(accessToken: string): string {
  const payload = accessToken.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
  return (JSON.parse(atob(payload)) as { sid: string }).sid;
}

async function rentedHome(terms: Parameters<typeof addRenter>[2] = {}) {
  const owner = await signUpLandlord("Revocation Lettings");
  const { apartmentId } = await createApartment(owner, "R1");
  const { renter, leaseId } = await addRenter(owner, apartmentId, terms);
  return { owner, apartmentId, leaseId, victimEmail: renter.email, victimUserId: renter.userId };
}

async function staffedHome() {
  const owner = await signUpLandlord("Revocation Staff");
  const { apartmentId, propertyId } = await createApartment(owner, "R2");
  const manager = await addMember(owner, "manager");
  return { owner, apartmentId, propertyId, victimEmail: manager.email, victimUserId: manager.userId };
}

async function platformAdmin() {
  const admin = await signUpLandlord("Rentline Moderation");
  await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
  return admin;
}

const ok = (res: { status: number; text: string }, status = 200) => expect(res.status, res.text).toBe(status);

const EVENTS: RevocationEvent[] = [
  {
    name: "logout",
    reason: "signed_out",
    setup: rentedHome,
    revoke: async ({ victim }) => ok(await api(victim).auth.logout.$post(), 204),
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "sign out other devices",
    reason: "signed_out_elsewhere",
    setup: rentedHome,
    revoke: async ({ victim }) => {
      const other = await signIn(victim.email, victim.userId);
      const res = await api(other).auth.sessions["revoke-others"].$post();
      ok(res);
      expect(res.json.revoked).toBeGreaterThanOrEqual(1);
    },
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "ending one session from another device",
    reason: "signed_out",
    setup: staffedHome,
    revoke: async ({ victim }) => {
      const other = await signIn(victim.email, victim.userId);
      ok(await api(other).auth.sessions[":id"].$delete({ param: { id: sessionOf(victim.token) } }), 204);
    },
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "a replayed refresh token (copied by someone)",
    reason: "sign_in_reused",
    setup: rentedHome,
    revoke: async ({ victim }) => {
      ok(await api().auth.refresh.$post({ json: { refreshToken: victim.refreshToken } }));
      const replay = await api().auth.refresh.$post({ json: { refreshToken: victim.refreshToken } });
      expect(replay.status).toBe(401);
      expect(replay.problem.code).toBe("refresh_token_reused");
    },
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "password reset",
    reason: "password_changed",
    setup: rentedHome,
    revoke: async ({ victim }) => {
      const seen = (await mailTo(victim.email)).map((m) => m.id);
      ok(await api().auth["password-reset"].$post({ json: { email: victim.email } }), 202);
      const mail = await waitForMail(victim.email, "reset_password", seen);
      const res = await api().auth["password-reset"].confirm.$post({
        json: { token: linkToken(mail.text), password: "a brand new passphrase 42" },
      });
      ok(res, 204);
    },
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "platform ban",
    reason: "suspended",
    setup: rentedHome,
    revoke: async ({ victim }) => {
      const admin = await platformAdmin();
      ok(
        await api(admin).admin.users[":id"].ban.$post({
          param: { id: victim.userId },
          json: { reason: "Fraudulent payment reports" },
        }),
      );
    },
    keeps: "nothing",
    sessionEnds: true,
  },
  {
    name: "org disabled",
    reason: "org_disabled",
    setup: rentedHome,
    revoke: async ({ owner }) => {
      const admin = await platformAdmin();
      ok(
        await api(admin).admin.orgs[":id"].disable.$post({
          param: { id: owner.orgId },
          json: { reason: "Unpaid subscription" },
        }),
      );
    },
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "member removed",
    reason: "removed_from_org",
    setup: staffedHome,
    revoke: async ({ owner, victim }) =>
      ok(await api(owner).orgs.current.members[":id"].$delete({ param: { id: victim.userId } }), 204),
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "member's role changed",
    reason: "role_changed",
    setup: staffedHome,
    revoke: async ({ owner, victim }) =>
      ok(
        await api(owner).orgs.current.members[":id"].$patch({
          param: { id: victim.userId },
          json: { role: "maintenance" },
        }),
      ),
    keeps: "access",
    sessionEnds: false,
  },
  {
    name: "lease cancelled before it starts",
    reason: "lease_cancelled",
    setup: () => rentedHome({ startDate: "2031-01-01" }),
    revoke: async ({ owner, apartmentId }) => {
      const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
      ok(leases);
      ok(await api(owner).leases[":id"].cancel.$post({ param: { id: leases.json.results[0]!.id } }));
    },
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "co-renter leaves the lease",
    reason: "left_lease",
    setup: async () => {
      const home = await rentedHome();
      const co = await signUpRenter("Colette Co-renter");
      const seen = (await mailTo(co.email)).map((m) => m.id);
      ok(
        await api(home.owner).leases[":id"].renters.$post({ param: { id: home.leaseId }, json: { email: co.email } }),
        201,
      );
      const mail = await waitForMail(co.email, "lease_invitation", seen);
      ok(await api(co).invitations.accept.$post({ json: { token: linkToken(mail.text) } }));
      return { ...home, victimEmail: co.email, victimUserId: co.userId };
    },
    revoke: async ({ victim, apartmentId }) => {
      const homes = await api(victim).me.homes.$get();
      const leaseId = homes.json.results.find((h) => h.apartmentId === apartmentId)!.leaseId;
      ok(await api(victim).leases[":id"].leave.$post({ param: { id: leaseId } }), 204);
    },
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "apartment deleted",
    reason: "apartment_deleted",
    setup: staffedHome,
    revoke: async ({ owner, apartmentId }) =>
      ok(await api(owner).apartments[":id"].$delete({ param: { id: apartmentId } }), 204),
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "property deleted (its apartments with it)",
    reason: "apartment_deleted",
    setup: staffedHome,
    revoke: async ({ owner, propertyId }) =>
      ok(await api(owner).properties[":id"].$delete({ param: { id: propertyId! } }), 204),
    keeps: "nothing",
    sessionEnds: false,
  },
  {
    name: "lease ended (move-out date passed)",
    reason: "lease_dates_changed",
    setup: rentedHome,
    revoke: async ({ owner, apartmentId }) => {
      const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
      const res = await api(owner).leases[":id"].end.$post({
        param: { id: leases.json.results[0]!.id },
        json: { endDate: "2026-06-30" },
      });
      ok(res);
      expect(res.json.status).toBe("ended");
    },
    keeps: "reading",
    sessionEnds: false,
  },
];

/** What the victim held before the event, on every path. */
type Held = { socket: RoomClient; closed: Promise<number>; ticketUrl: string; fileUrl: string };

const PDF = new TextEncoder().encode("%PDF-1.7\n% revocation test\n%%EOF\n");

async function holdEverything(w: World): Promise<Held> {
  const key = `orgs/${w.owner.orgId}/documents/${crypto.randomUUID()}/1.pdf`;
  await env.DOCS.put(key, PDF, { httpMetadata: { contentType: "application/pdf" } });
  const fileUrl = await signFileUrl(env.FILES_SIGNING_KEY, {
    key,
    name: "lease.pdf",
    type: "application/pdf",
    disposition: "inline",
    grant: { kind: "apartment", apartmentId: w.apartmentId },
  });
  const socket = await RoomClient.open(w.apartmentId, w.victim);
  const closed = new Promise<number>((resolve) => socket.ws.addEventListener("close", (e) => resolve(e.code)));
  const { url: ticketUrl } = await ticketFor(w.apartmentId, w.victim);
  // Control: before the event, every path works.
  ok(await rawCall("GET", fileUrl, undefined, w.victim));
  ok(await api(w.victim).apartments[":id"].room.$get({ param: { id: w.apartmentId } }));
  return { socket, closed, ticketUrl, fileUrl };
}

/** The answer an old access token gets on the apartment page after the event. */
const refusedStatuses = (e: RevocationEvent) => (e.sessionEnds ? [401, 403] : [403, 404]);

let cases = 0;

describe.each(EVENTS)("after $name", (event) => {
  let w: World;
  let held: Held;

  beforeAll(async () => {
    const { victimEmail, victimUserId, ...world } = await event.setup();
    w = { ...world, victim: await signIn(victimEmail, victimUserId) };
    held = await holdEverything(w);
    await event.revoke(w);
  });
  afterAll(() => {
    if (!held.socket.closed) held.socket.close();
  });

  it("the open socket is closed at once, saying why (a code, not a sentence), and can no longer post", async () => {
    cases++;
    const error = await held.socket.waitFor("error", (f) => f.code === "access_revoked");
    expect(error.reason).toBe(event.reason);
    expect(error.detail).toBe(`revoked: ${event.reason}`);
    expect(await held.closed).toBe(4003);
    expect(held.socket.ws.readyState).toBe(WebSocket.CLOSED);
  });

  it("the access token gets the answer the event means", async () => {
    cases++;
    const res = await api(w.victim).apartments[":id"].room.$get({ param: { id: w.apartmentId } });
    if (event.keeps === "nothing") expect(refusedStatuses(event), res.text).toContain(res.status);
    else ok(res);
    if (event.keeps === "reading") expect(res.json.viewer.canPost).toBe(false);
  });

  it("the refresh token is refused, or yields only the access that remains", async () => {
    cases++;
    const res = await api().auth.refresh.$post({ json: { refreshToken: w.victim.refreshToken } });
    if (event.sessionEnds) {
      expect(res.status, res.text).toBe(401);
      expect(res.problem.code).toBe("session_ended");
      return;
    }
    ok(res);
    const page = await api({ token: res.json.accessToken }).apartments[":id"].room.$get({
      param: { id: w.apartmentId },
    });
    if (event.keeps === "nothing") expect([403, 404]).toContain(page.status);
    else ok(page);
  });

  it("a ticket minted before the event opens nothing (or only what remains), within its 60 s", async () => {
    cases++;
    const res = await upgrade(held.ticketUrl);
    if (event.keeps === "nothing") {
      expect([401, 403, 404]).toContain(res.status);
      expect(res.webSocket).toBeNull();
      return;
    }
    expect(res.status).toBe(101);
    const ws = res.webSocket!;
    ws.accept();
    ws.close();
  });

  it("a signed /files link minted before the event is checked again", async () => {
    cases++;
    const res = await rawCall("GET", held.fileUrl, undefined, w.victim);
    if (event.keeps === "nothing") expect(refusedStatuses(event), res.text).toContain(res.status);
    else ok(res);
  });
});

describe("handed cases (issue 11 §3)", () => {
  it("a socket opened before logout is closed and posts nothing more", async () => {
    const home = await rentedHome();
    const victim = await signIn(home.victimEmail, home.victimUserId);
    const landlord = await RoomClient.open(home.apartmentId, home.owner);
    const socket = await RoomClient.open(home.apartmentId, victim);
    const closed = new Promise<number>((resolve) => socket.ws.addEventListener("close", (e) => resolve(e.code)));
    await socket.chat("before logout");
    ok(await api(victim).auth.logout.$post(), 204);
    expect(await closed).toBe(4003);
    expect(() => socket.send({ type: "chat", text: "after logout", clientId: "late" })).toThrow();
    // The landlord's view of the room: the message before, nothing after.
    const history = await api(home.owner).apartments[":id"].messages.$get({ param: { id: home.apartmentId } });
    expect(history.json.messages.map((m) => m.text)).toEqual(["before logout"]);
    landlord.close();
  });

  it("a ticket minted before logout opens no socket", async () => {
    const home = await rentedHome();
    const victim = await signIn(home.victimEmail, home.victimUserId);
    const { url } = await ticketFor(home.apartmentId, victim);
    ok(await api(victim).auth.logout.$post(), 204);
    const res = await upgrade(url);
    expect(res.status).toBe(401);
    expect(res.webSocket).toBeNull();
  });

  it("a password reset voids every outstanding reset link, older and newer", async () => {
    const renter = await signUpRenter("Reset Twice");
    const links: string[] = [];
    for (let i = 0; i < 3; i++) {
      const seen = (await mailTo(renter.email)).map((m) => m.id);
      ok(await api().auth["password-reset"].$post({ json: { email: renter.email } }), 202);
      links.push(linkToken((await waitForMail(renter.email, "reset_password", seen)).text));
    }
    ok(
      await api().auth["password-reset"].confirm.$post({ json: { token: links[1]!, password: "the second one 2026" } }),
      204,
    );
    for (const token of [links[0]!, links[2]!, links[1]!]) {
      const res = await api().auth["password-reset"].confirm.$post({ json: { token, password: "an attacker's 2026" } });
      expect(res.status).toBe(400);
      expect(res.problem.code).toBe("invalid_token");
    }
    // The password set by the one link used is the password.
    ok(await api().auth.login.$post({ json: { email: renter.email, password: "the second one 2026" } }));
  });

  it("a revoked invitation's link stops working; an org keeps its last owner", async () => {
    const owner = await signUpLandlord("Invites Revoked");
    const email = `revoked-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const sent = await api(owner).orgs.current.invitations.$post({ json: { email, role: "manager" } });
    ok(sent, 201);
    const mail = await waitForMail(email, "staff_invitation");
    ok(await api(owner).orgs.current.invitations[":id"].$delete({ param: { id: sent.json.id } }), 204);
    const invitee = await signUpAndSignIn({ email, password: PASSWORD, name: "Ivy Invitee", accountType: "renter" });
    const accepted = await api({ token: invitee.token }).invitations.accept.$post({
      json: { token: linkToken(mail.text) },
    });
    expect(accepted.status).toBe(404);
    expect((await api(owner).orgs.current.$get()).json.members).toHaveLength(1);
    // Another org's owner reaches nobody here: their "current org" is their own (404, nothing changed).
    const stranger = await signUpLandlord("Another Org");
    const manager = await addMember(owner, "manager");
    for (const res of [
      await api(stranger).orgs.current.members[":id"].$delete({ param: { id: manager.userId } }),
      await api(stranger).orgs.current.members[":id"].$patch({
        param: { id: owner.userId },
        json: { role: "maintenance" },
      }),
    ])
      expect(res.status).toBe(404);
    expect((await api(owner).orgs.current.$get()).json.members).toHaveLength(2);
    // The only owner can be neither removed nor demoted.
    for (const res of [
      await api(owner).orgs.current.members[":id"].$delete({ param: { id: owner.userId } }),
      await api(owner).orgs.current.members[":id"].$patch({ param: { id: owner.userId }, json: { role: "manager" } }),
    ]) {
      expect(res.status).toBe(409);
      expect(res.problem.code).toBe("last_owner");
    }
  });
});

// ---------------------------------------------------------------- the application conversation

/** A published listing and an applicant who applied: the conversation room `application-<id>`. */
async function appliedHome() {
  const owner = await signUpLandlord("Conversation Lettings");
  const { apartmentId } = await createApartment(owner, "C1");
  const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1 }] });
  const renter = await signUpRenter("Agathe Applicant");
  ok(await api(renter).me.profile.$put({ json: PROFILE }));
  const applied = await applyTo(renter, listingId);
  ok(applied, 201);
  return { owner, renter, applicationId: applied.json.id };
}

async function conversationUrl(applicationId: string, who: Caller) {
  const res = await api(who).applications[":id"]["room-ticket"].$post({ param: { id: applicationId } });
  ok(res);
  return res.json.url;
}

const closedCode = (client: RoomClient) =>
  new Promise<number>((resolve) => {
    if (client.closed) resolve(-1);
    client.ws.addEventListener("close", (e) => resolve(e.code));
  });

/** Sends a chat and answers what came back for it: the chat itself, or the error frame's code. */
async function tryChat(client: RoomClient, text: string): Promise<string> {
  const from = client.frames.length;
  const clientId = crypto.randomUUID();
  client.send({ type: "chat", text, clientId });
  const answer = await Promise.race([
    client.waitFor("chat", (f) => f.message.clientId === clientId, from),
    client.waitFor("error", () => true, from),
  ]);
  return answer.type === "chat" ? "posted" : answer.code;
}

type ApplicationEvent = {
  name: string;
  /** The code the `access_revoked` frame carries. */
  reason: RoomRevocationReason;
  act: (w: Awaited<ReturnType<typeof appliedHome>>) => Promise<void>;
  /** What a fresh socket of either side may do afterwards. */
  posting: "posted" | "read_only";
};

const APPLICATION_EVENTS: ApplicationEvent[] = [
  {
    name: "the applicant withdraws",
    reason: "application_withdrawn",
    act: async (w) => ok(await api(w.renter).applications[":id"].withdraw.$post({ param: { id: w.applicationId } })),
    posting: "read_only",
  },
  {
    name: "the landlord rejects",
    reason: "application_rejected",
    act: async (w) => ok(await api(w.owner).applications[":id"].reject.$post({ param: { id: w.applicationId } })),
    posting: "read_only",
  },
  {
    name: "the landlord confirms the first payment (the lease exists)",
    reason: "application_confirmed",
    act: async (w) => {
      ok(await api(w.owner).applications[":id"].accept.$post({ param: { id: w.applicationId } }));
      ok(await api(w.owner).applications[":id"].confirm.$post({ param: { id: w.applicationId } }));
    },
    // The conversation stays open once confirmed (applications/schema.ts `conversationOpenStatuses`).
    posting: "posted",
  },
];

describe.each(APPLICATION_EVENTS)("the application conversation: after $name", (event) => {
  it("closes both sides' open sockets at once; fresh sockets and old tickets get the new status's rights", async () => {
    const w = await appliedHome();
    const renterSocket = await RoomClient.connect(await conversationUrl(w.applicationId, w.renter));
    const landlordSocket = await RoomClient.connect(await conversationUrl(w.applicationId, w.owner));
    expect(await tryChat(renterSocket, "Still available?")).toBe("posted");
    // A ticket minted before the change, unused: it carries no rights, the room reads them at connect.
    const oldTicket = await conversationUrl(w.applicationId, w.renter);
    const closed = [closedCode(renterSocket), closedCode(landlordSocket)];
    await event.act(w);
    expect(await Promise.all(closed)).toEqual([4003, 4003]);
    for (const socket of [renterSocket, landlordSocket])
      expect(socket.of("error").map((f) => [f.code, f.reason])).toEqual([["access_revoked", event.reason]]);
    const fromOldTicket = await RoomClient.connect(oldTicket);
    expect(await tryChat(fromOldTicket, "after, through the old ticket")).toBe(event.posting);
    const landlordAgain = await RoomClient.connect(await conversationUrl(w.applicationId, w.owner));
    expect(await tryChat(landlordAgain, "after, the landlord")).toBe(event.posting);
    // The history stays readable to both.
    const history = await api(w.renter).applications[":id"].messages.$get({ param: { id: w.applicationId } });
    expect(history.json.messages.map((m: { text: string }) => m.text)).toContain("Still available?");
    fromOldTicket.close();
    landlordAgain.close();
  });
});

describe("rights are read from D1 on every post, not kept from the connect", () => {
  // A change written without telling the room (a writer that forgot `rooms.revoke`, or a lease whose end date
  // simply passes): the next post finds out.
  it("an application rejected behind the room's back: the next chat is refused read_only", async () => {
    const w = await appliedHome();
    const socket = await RoomClient.connect(await conversationUrl(w.applicationId, w.renter));
    expect(await tryChat(socket, "before")).toBe("posted");
    await env.DB.prepare("update applications set status = 'rejected' where id = ?").bind(w.applicationId).run();
    expect(await tryChat(socket, "after")).toBe("read_only");
    const history = await api(w.owner).applications[":id"].messages.$get({ param: { id: w.applicationId } });
    expect(history.json.messages.map((m: { text: string }) => m.text)).toEqual(["before"]);
    socket.close();
  });

  it("a lease ended behind the room's back: the renter's next chat is refused read_only", async () => {
    const home = await rentedHome();
    const victim = await signIn(home.victimEmail, home.victimUserId);
    const socket = await RoomClient.open(home.apartmentId, victim);
    expect(await tryChat(socket, "before")).toBe("posted");
    await env.DB.prepare("update leases set end_date = '2026-06-30' where id = ?").bind(home.leaseId).run();
    expect(await tryChat(socket, "after")).toBe("read_only");
    socket.close();
  });

  it("a member removed behind the room's back: the next chat closes the socket (access_revoked), nothing posted", async () => {
    const home = await staffedHome();
    const victim = await signIn(home.victimEmail, home.victimUserId);
    const socket = await RoomClient.open(home.apartmentId, victim);
    const closed = closedCode(socket);
    await env.DB.prepare("delete from memberships where user_id = ? and org_id = ?")
      .bind(home.victimUserId, home.owner.orgId)
      .run();
    expect(await tryChat(socket, "after removal")).toBe("access_revoked");
    // The room's own refusal carries a code too (rooms/rights.ts: no access left), never the API's English.
    expect(socket.of("error").map((f) => f.reason)).toEqual(["no_access"]);
    expect(await closed).toBe(4003);
    const history = await api(home.owner).apartments[":id"].messages.$get({ param: { id: home.apartmentId } });
    expect(history.json.messages).toEqual([]);
  });
});

describe("the race between a connect and a revocation, interleaved deterministically", () => {
  /**
   * The upgrade as the gate (rooms/connect.ts) hands it to the room after its check: the holder's rights,
   * computed by the same function, in the identity header.
   */
  async function upgradeCheckedEarlier(room: string, holder: { userId: string; sid: string }) {
    const identity = await roomRights(createDb(env.DB), room, holder);
    return async () => {
      const stub = await getServerByName(env.APARTMENT_ROOM, room);
      const res = await stub.fetch(
        new Request(`${BASE}/parties/apartment-room/${room}`, {
          headers: { Upgrade: "websocket", "x-rentline-identity": encodeURIComponent(JSON.stringify(identity)) },
        }),
      );
      expect(res.status).toBe(101);
      const ws = res.webSocket!;
      const frames: Frame[] = [];
      const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
      const hello = new Promise<Frame>((resolve) =>
        ws.addEventListener("message", (e) => {
          const frame = JSON.parse(e.data as string) as Frame;
          frames.push(frame);
          if (frame.type === "hello") resolve(frame);
        }),
      );
      ws.accept();
      return { ws, frames, closed, hello };
    };
  }

  it("control: checked, then connected, with nothing between: the socket is live", async () => {
    const home = await rentedHome();
    const victim = await signIn(home.victimEmail, home.victimUserId);
    const connect = await upgradeCheckedEarlier(home.apartmentId, {
      userId: victim.userId,
      sid: sessionOf(victim.token),
    });
    const { ws, hello } = await connect();
    expect((await hello).type).toBe("hello");
    ws.close();
  });

  for (const [name, revoke] of [
    ["logout", async (victim: Victim) => ok(await api(victim).auth.logout.$post(), 204)],
    [
      "a ban",
      async (victim: Victim) => {
        const admin = await platformAdmin();
        ok(
          await api(admin).admin.users[":id"].ban.$post({
            param: { id: victim.userId },
            json: { reason: "Race test" },
          }),
        );
      },
    ],
  ] as const) {
    it(`checked, then ${name} (which finds no socket yet), then connected: the room closes it at once`, async () => {
      const home = await rentedHome();
      const victim = await signIn(home.victimEmail, home.victimUserId);
      // 1. The gate's check passes: the session is open.
      const connect = await upgradeCheckedEarlier(home.apartmentId, {
        userId: victim.userId,
        sid: sessionOf(victim.token),
      });
      // 2. The revocation lands in D1, and its registry read finds no socket of the victim in any room.
      await revoke(victim);
      const [{ n }] = (
        await env.DB.prepare("select count(*) as n from room_connections where user_id = ?")
          .bind(victim.userId)
          .all<{ n: number }>()
      ).results as [{ n: number }];
      expect(n).toBe(0);
      // 3. The upgrade the gate let through reaches the room: refused after accepting, before any hello.
      const { frames, closed } = await connect();
      expect(await closed).toBe(4003);
      expect(frames.map((f) => f.type)).toEqual(["error"]);
      expect(frames[0]).toMatchObject({ type: "error", code: "access_revoked" });
    });
  }
});

describe("size", () => {
  it("covers every event on every path", () => {
    expect(cases).toBe(EVENTS.length * 5);
  });
});
