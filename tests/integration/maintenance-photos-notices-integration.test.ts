import { beforeAll, describe, expect, it } from "vitest";
import { signVendorToken } from "../../worker/maintenance/vendor-link";
import type { RequestDetail } from "../../worker/maintenance/contract";
import { rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, env, mailTo, signUpLandlord, type Landlord } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * Issue 15 §1–3: a request's photos (several, through the upload checks, closed to other orgs), transition
 * emails in each recipient's own language (an English org: the renter who chose Ukrainian, the owner who chose
 * French), the apartment room's `maintenance` notice on a transition, and the vendor's signed link (works,
 * ends when the request goes to another vendor, 410 `link_expired` once expired).
 */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (ch) => ch.charCodeAt(0),
);
const fileForm = (bytes: Uint8Array, name: string, type = "image/png") => {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type }), name);
  return form;
};

type World = {
  owner: Landlord;
  renter: Caller & { email: string };
  foreign: Caller;
  apartmentId: string;
  vendors: [string, string];
};
let w: World;

beforeAll(async () => {
  const owner = await signUpLandlord("Notices Org");
  const foreign = await signUpLandlord("Foreign Notices Org");
  await env.DB.prepare("UPDATE orgs SET locale = 'en' WHERE id = ?").bind(owner.orgId).run();
  await env.DB.prepare("UPDATE users SET locale = 'fr' WHERE id = ?").bind(owner.userId).run();
  const { apartmentId } = await createApartment(owner, "N1");
  const { renter } = await addRenter(owner, apartmentId);
  await env.DB.prepare("UPDATE users SET locale = 'uk' WHERE id = ?").bind(renter.userId).run();
  const vendor = async (name: string) => {
    const res = await rawCall("POST", "/api/vendors", { name, trade: "Plombier", email: `${name}@vendor.test` }, owner);
    expect(res.status, res.text).toBe(201);
    return (res.json as { id: string }).id;
  };
  w = { owner, renter, foreign, apartmentId, vendors: [await vendor("martin"), await vendor("durand")] };
}, 120_000);

async function report(title: string): Promise<string> {
  const created = await rawCall(
    "POST",
    `/api/apartments/${w.apartmentId}/maintenance-requests`,
    { category: "plumbing", title, description: "Sous l’évier", urgency: "normal", entryPermission: true },
    w.renter,
  );
  expect(created.status, created.text).toBe(201);
  return (created.json as { request: { id: string } }).request.id;
}

const upload = (id: string, who: Caller, form: FormData) =>
  rawCall("POST", `/api/maintenance-requests/${id}/photos`, form, who);

/** The request as `who` reads it. */
async function detailOf(id: string, who: Caller): Promise<RequestDetail> {
  const res = await rawCall("GET", `/api/maintenance-requests/${id}`, undefined, who);
  expect(res.status, res.text).toBe(200);
  return res.json as RequestDetail;
}

describe("a request's photos", () => {
  it("several are stored and listed; a wrong type, a file too large and another org are refused", async () => {
    const id = await report("Fuite photos");
    for (const name of ["leak-1.png", "leak-2.png"]) {
      // The report's own photos (`message=report`): its gallery lists them.
      const form = fileForm(PNG, name);
      form.append("message", "report");
      const res = await upload(id, w.renter, form);
      expect(res.status, res.text).toBe(201);
    }
    const detail = await detailOf(id, w.owner);
    expect(detail.photos).toHaveLength(2);
    expect((await rawCall("GET", detail.photos[0]!.url, undefined, w.owner)).status).toBe(200);

    const script = new TextEncoder().encode("#!/bin/sh\necho pwned\n");
    const wrongType = await upload(id, w.renter, fileForm(script, "leak.png"));
    expect([wrongType.status, wrongType.problem.code]).toEqual([415, "unsupported_media_type"]);
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(PNG);
    const tooBig = await upload(id, w.renter, fileForm(big, "huge.png"));
    expect([tooBig.status, tooBig.problem.code]).toEqual([413, "too_large"]);
    const foreign = await upload(id, w.foreign, fileForm(PNG, "theirs.png"));
    expect([foreign.status, foreign.problem.code]).toEqual([404, "not_found"]);
    expect((await detailOf(id, w.owner)).photos).toHaveLength(2);
  });
});

describe("a transition", () => {
  it("is emailed in each recipient's language and announced in the apartment room", async () => {
    const id = await report("Robinet cassé");
    // The owner hears of the report in French (their account's language), not the org's English.
    await waitForSubject(w.owner.email, "Nouvelle demande d’intervention : Robinet cassé");
    const room = await RoomClient.open(w.apartmentId, w.renter);
    const from = room.frames.length;
    const triaged = await rawCall("POST", `/api/maintenance-requests/${id}/triage`, {}, w.owner);
    expect(triaged.status, triaged.text).toBe(200);
    await room.waitFor("maintenance", (f) => f.requestId === id && f.status === "triaged", from);
    room.close();
    const mail = await waitForSubject(w.renter.email, "Заявку прийнято: Robinet cassé");
    expect(mail.text).toContain("прийняв(-ла) заявку");

    // The vendor starts through their link: the owner hears it in French, the renter in Ukrainian.
    const assigned = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { vendorId: w.vendors[0] }, w.owner);
    expect(assigned.status, assigned.text).toBe(200);
    const token = (assigned.json as { vendorLink: string }).vendorLink.split("/").pop()!;
    const started = await rawCall("POST", `/api/vendor-link/maintenance-request/start?token=${token}`, {});
    expect(started.status, started.text).toBe(200);
    const ownerMail = await waitForSubject(w.owner.email, "Intervention en cours : Robinet cassé");
    expect(ownerMail.text).toContain("a commencé l’intervention");
    const renterMail = await waitForSubject(w.renter.email, "Роботи розпочато: Robinet cassé");
    expect(renterMail.text).toContain("розпочав(-ла) роботи");
  });
});

/** Waits for the email queue to deliver the mail with `subject` to `to`, and answers it. */
async function waitForSubject(to: string, subject: string) {
  for (let i = 0; i < 60; i++) {
    const mail = (await mailTo(to)).find((m) => m.subject === subject);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  const got = (await mailTo(to)).map((m) => m.subject);
  throw new Error(`no "${subject}" to ${to}: ${got.join(" | ")}`);
}

describe("the vendor's signed link", () => {
  it("works for the vendor named, is refused once reassigned (and after the same vendor is assigned again), and answers 410 link_expired when expired", async () => {
    const id = await report("Chauffe-eau");
    const assign = (vendorId: string) => rawCall("PATCH", `/api/maintenance-requests/${id}`, { vendorId }, w.owner);
    const first = await assign(w.vendors[0]);
    expect(first.status, first.text).toBe(200);
    const token = (first.json as { vendorLink: string }).vendorLink.split("/").pop()!;
    const page = (t: string) => rawCall("GET", `/api/vendor-link/maintenance-request?token=${t}`);
    const ok = await page(token);
    expect(ok.status, ok.text).toBe(200);
    expect((ok.json as { request: { id: string } }).request.id).toBe(id);
    const comment = await rawCall("POST", `/api/vendor-link/maintenance-request/comments?token=${token}`, {
      text: "Je passe jeudi",
    });
    expect(comment.status, comment.text).toBe(201);

    const expired = await signVendorToken(
      env.JWT_SECRET,
      { vendorId: w.vendors[0], requestId: id, orgId: w.owner.orgId, assignedAt: "2026-01-01T00:00:00.000Z" },
      Date.now() - 31 * 24 * 3600 * 1000,
    );
    const gone = await page(expired);
    expect([gone.status, gone.problem.code]).toEqual([410, "link_expired"]);

    expect((await assign(w.vendors[1])).status).toBe(200);
    const refused = await page(token);
    expect([refused.status, refused.problem.code]).toEqual([404, "not_found"]);
    const refusedWrite = await rawCall("POST", `/api/vendor-link/maintenance-request/start?token=${token}`, {});
    expect(refusedWrite.status).toBe(404);

    // The handed case: the same vendor assigned again gets a new link; the forwarded old one stays dead.
    const again = await assign(w.vendors[0]);
    expect(again.status, again.text).toBe(200);
    expect([(await page(token)).status]).toEqual([404]);
    const fresh = (again.json as { vendorLink: string }).vendorLink.split("/").pop()!;
    expect((await page(fresh)).status).toBe(200);
    // A link signed before links named their assignment (no `asg`) opens nothing.
    const { SignJWT } = await import("jose");
    const { signingKey } = await import("../../worker/lib/keys");
    const legacy = await new SignJWT({ rid: id, org: w.owner.orgId })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(w.vendors[0])
      .setIssuer("https://rentline.app")
      .setAudience("rentline-vendor")
      .setIssuedAt()
      .setExpirationTime("1d")
      .sign(signingKey(env.JWT_SECRET));
    expect((await page(legacy)).status).toBe(404);
  });
});
