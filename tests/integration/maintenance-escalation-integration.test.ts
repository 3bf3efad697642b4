import { createScheduledController } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { runScheduled } from "../../worker/jobs/scheduled";
import { jobPorts } from "../../worker/jobs/ports";
import { createLogger } from "../../worker/lib/log";
import { escalateOverdue } from "../../worker/maintenance/escalation";
import { rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, env, mailTo, signUpLandlord } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";

/**
 * Issue 15 §3: urgent requests not acknowledged within 4 hours, emergencies within 1 hour, are escalated
 * once by the quarter-hourly cron: `escalated_at` set, an `escalate` history row, a notice in the apartment
 * room, and a `maintenance_update` (event `escalated`) to each triager in their own language (a French org:
 * the owner in French, a co-owner who chose Ukrainian in Ukrainian). The clock is the cron's scheduled time.
 */
const MIN = 60 * 1000;
const CRON = "*/15 * * * *";

type World = {
  owner: Caller & { email: string };
  coOwner: Caller & { email: string };
  renter: Caller;
  apartmentId: string;
};
let w: World;

beforeAll(async () => {
  const owner = await signUpLandlord("Chauffage Lilas");
  await env.DB.prepare("UPDATE orgs SET locale = 'fr', timezone = 'Europe/Paris' WHERE id = ?").bind(owner.orgId).run();
  await env.DB.prepare("UPDATE users SET locale = NULL WHERE id = ?").bind(owner.userId).run();
  const coOwner = await addMember(owner, "owner");
  await env.DB.prepare("UPDATE users SET locale = 'uk' WHERE id = ?").bind(coOwner.userId).run();
  const { apartmentId } = await createApartment(owner, "E1");
  const { renter } = await addRenter(owner, apartmentId);
  w = { owner, coOwner, renter, apartmentId };
}, 120_000);

/** The renter reports a request of `urgency`; answers its id. */
async function report(urgency: "normal" | "urgent" | "emergency", title: string) {
  const res = await rawCall(
    "POST",
    `/api/apartments/${w.apartmentId}/maintenance-requests`,
    { category: "heating", title, description: "Rien ne marche", urgency, entryPermission: true },
    w.renter,
  );
  expect(res.status, res.text).toBe(201);
  return (res.json as { request: { id: string } }).request.id;
}

type Detail = { request: { escalatedAt: string | null; overdue: boolean }; history: { action: string }[] };
const detail = async (id: string) =>
  (await rawCall("GET", `/api/maintenance-requests/${id}`, undefined, w.owner)).json as Detail;

/** The escalation mails to `to` so far (the dev mailbox). */
const escalations = async (to: string, subject: string) =>
  (await mailTo(to)).filter((m) => m.template === "maintenance_update" && m.subject === subject);

const cron = (at: number) => runScheduled(createScheduledController({ cron: CRON, scheduledTime: at }), env);

describe("escalation of unacknowledged urgent requests (issue 15 §3)", () => {
  it("an emergency after 1 hour, an urgent one after 4, once each, in each owner's language", async () => {
    const t0 = Date.now();
    const emergency = await report("emergency", "Fuite de gaz");
    const urgent = await report("urgent", "Plus de chauffage");
    const normal = await report("normal", "Robinet qui goutte");
    const acknowledged = await report("urgent", "Porte bloquée");
    const triaged = await rawCall("POST", `/api/maintenance-requests/${acknowledged}/triage`, {}, w.owner);
    expect(triaged.status, triaged.text).toBe(200);
    const room = await RoomClient.open(w.apartmentId, w.owner);

    // 59 minutes: nothing is due yet.
    await cron(t0 + 59 * MIN);
    expect((await detail(emergency)).request.escalatedAt).toBeNull();

    // 61 minutes: the emergency alone.
    const from = room.frames.length;
    await cron(t0 + 61 * MIN);
    const fr = await waitForEscalation(w.owner.email, "Sans prise en charge : Fuite de gaz");
    expect(fr.text).toContain("n’a pas été prise en charge dans le délai prévu");
    const ukMail = await waitForEscalation(w.coOwner.email, "Без відповіді: Fuite de gaz");
    expect(ukMail.text).toContain("Цю заявку не прийняли в строк");
    const escalated = await detail(emergency);
    expect(escalated.request.escalatedAt).not.toBeNull();
    // (`overdue` is computed on the real clock when read: maintenance-board-integration checks it.)
    expect(escalated.history.filter((h) => h.action === "escalate")).toHaveLength(1);
    await room.waitFor("maintenance", (f) => f.requestId === emergency, from);
    expect((await detail(urgent)).request.escalatedAt).toBeNull();

    // Later runs: the urgent one at 4 hours; never the emergency again, the normal or the acknowledged one.
    await cron(t0 + 75 * MIN);
    await cron(t0 + 4 * 60 * MIN + MIN);
    await waitForEscalation(w.owner.email, "Sans prise en charge : Plus de chauffage");
    await cron(t0 + 5 * 60 * MIN);
    expect(await escalations(w.owner.email, "Sans prise en charge : Fuite de gaz")).toHaveLength(1);
    expect(await escalations(w.coOwner.email, "Без відповіді: Fuite de gaz")).toHaveLength(1);
    expect((await detail(emergency)).history.filter((h) => h.action === "escalate")).toHaveLength(1);
    expect((await detail(normal)).request.escalatedAt).toBeNull();
    expect((await detail(acknowledged)).request.escalatedAt).toBeNull();
    // The renter is not emailed about an escalation.
    room.close();
  });

  it("two runs racing over one overdue request: one escalates it, one history row", async () => {
    const t0 = Date.now();
    const id = await report("emergency", "Inondation");
    const ports = () => jobPorts(env, createLogger({ test: "race" }), `race-${crypto.randomUUID()}`);
    const runs = await Promise.all([0, 1, 2, 3].map(() => escalateOverdue(ports(), t0 + 2 * 60 * MIN)));
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    expect((await detail(id)).history.filter((h) => h.action === "escalate")).toHaveLength(1);
    await waitForEscalation(w.owner.email, "Sans prise en charge : Inondation");
  });
});

/** Waits for the escalation mail with `subject` to `to`, and answers it. */
async function waitForEscalation(to: string, subject: string) {
  for (let i = 0; i < 60; i++) {
    const [mail] = (await mailTo(to)).filter((m) => m.subject === subject);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail "${subject}" to ${to}`);
}
