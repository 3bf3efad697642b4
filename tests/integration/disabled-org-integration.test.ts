import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { addMember, PASSWORD, signUpLandlord, signUpRenter } from "../setup/helpers";

const property = {
  name: "Disabled Court",
  address: "9 Rue Close",
  city: "Nantes",
  postalCode: "44000",
  country: "France",
};

async function platformAdmin() {
  const user = await signUpRenter("Ada Admin");
  await env.DB.prepare("UPDATE users SET is_platform_admin = 1 WHERE id = ?").bind(user.userId).run();
  const login = await api().auth.login.$post({ json: { email: user.email, password: PASSWORD } });
  expect(login.status).toBe(200);
  expect(login.json.user.isPlatformAdmin).toBe(true);
  return { token: login.json.accessToken, userId: user.userId };
}

describe("disabling an org", () => {
  it("locks every member out with the reason, is audited, and enabling restores access", async () => {
    const admin = await platformAdmin();
    const owner = await signUpLandlord("Shady Lettings");
    const manager = await addMember(owner, "manager");
    const bystander = await signUpLandlord("Fine Lettings");
    expect((await api(owner).properties.$post({ json: property })).status).toBe(201);

    const reason = "Unpaid invoices since March";
    const disabled = await api({ token: admin.token }).admin.orgs[":id"].disable.$post({
      param: { id: owner.orgId },
      json: { reason },
    });
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.json).toEqual({ id: owner.orgId, isDisabled: true });

    for (const member of [owner, manager]) {
      const read = await api(member).properties.$get();
      expect(read.status).toBe(403);
      expect(read.problem.code).toBe("org_disabled");
      expect(read.problem.detail).toContain(reason);
      expect(read.problem.detail).toContain("Shady Lettings");
      const write = await api(member).properties.$post({ json: property });
      expect(write.status).toBe(403);
      expect(write.problem.code).toBe("org_disabled");
      expect((await api(member).orgs.current.$get()).problem.code).toBe("org_disabled");
    }
    // Members can still sign in and see why.
    const me = await api(owner).me.$get();
    expect(me.status).toBe(200);
    expect(me.json.memberships).toEqual([
      expect.objectContaining({ orgId: owner.orgId, isDisabled: true, disabledReason: reason }),
    ]);
    // Nothing was written while disabled; other orgs are unaffected.
    expect(
      (
        await env.DB.prepare("select count(*) as n from properties where org_id = ?")
          .bind(owner.orgId)
          .first<{ n: number }>()
      )?.n,
    ).toBe(1);
    expect((await api(bystander).properties.$get()).status).toBe(200);

    const audit = await env.DB.prepare("select * from audit_log where action = 'admin.org_disable' and target_id = ?")
      .bind(owner.orgId)
      .all<Record<string, string>>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]).toMatchObject({ actor_user_id: admin.userId, org_id: owner.orgId, target_type: "org" });
    expect(JSON.parse(audit.results[0]!.details!)).toEqual({ reason });

    const enabled = await api({ token: admin.token }).admin.orgs[":id"].enable.$post({
      param: { id: owner.orgId },
      json: { reason: "Appeal accepted" },
    });
    expect(enabled.status, enabled.text).toBe(200);
    expect(enabled.json).toEqual({ id: owner.orgId, isDisabled: false });
    expect((await api(owner).properties.$get()).status).toBe(200);
    expect((await api(manager).properties.$post({ json: property })).status).toBe(201);
    const enableAudit = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'admin.org_enable' and target_id = ?",
    )
      .bind(owner.orgId)
      .first<{ n: number }>();
    expect(enableAudit?.n).toBe(1);
  });

  it("audit_log is append-only: UPDATE and DELETE are rejected by triggers", async () => {
    const owner = await signUpLandlord("Audited Org");
    const row = await env.DB.prepare("select id, action from audit_log where actor_user_id = ? limit 1")
      .bind(owner.userId)
      .first<{ id: string; action: string }>();
    expect(row?.action).toBe("user.signup");
    await expect(
      env.DB.prepare("UPDATE audit_log SET action = 'tampered' WHERE id = ?").bind(row!.id).run(),
    ).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM audit_log WHERE id = ?").bind(row!.id).run()).rejects.toThrow(
      /append-only/,
    );
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
    const after = await env.DB.prepare("select action from audit_log where id = ?")
      .bind(row!.id)
      .first<{ action: string }>();
    expect(after?.action).toBe("user.signup");
  });

  it("admin routes answer 404 to everyone but platform admins, and change nothing", async () => {
    const owner = await signUpLandlord("Victim Org");
    const renter = await signUpRenter();
    for (const who of [owner, renter]) {
      const disable = await api(who).admin.orgs[":id"].disable.$post({
        param: { id: owner.orgId },
        json: { reason: "I am not an admin" },
      });
      expect(disable.status).toBe(404);
      expect(disable.problem.code).toBe("not_found");
      expect(
        (
          await api(who).admin.orgs[":id"].enable.$post({
            param: { id: owner.orgId },
            json: { reason: "Appeal accepted" },
          })
        ).status,
      ).toBe(404);
    }
    expect(
      (await api().admin.orgs[":id"].disable.$post({ param: { id: owner.orgId }, json: { reason: "anonymous" } }))
        .status,
    ).toBe(401);
    expect((await api(owner).properties.$get()).status).toBe(200);
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where action like 'admin.%' and target_id = ?",
    )
      .bind(owner.orgId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(0);
  });

  it("an admin gets 404 for an org that does not exist, and 422 reason_required without a reason", async () => {
    const admin = await platformAdmin();
    expect(
      (
        await api({ token: admin.token }).admin.orgs[":id"].disable.$post({
          param: { id: "no-such-org" },
          json: { reason: "whatever reason" },
        })
      ).status,
    ).toBe(404);
    const owner = await signUpLandlord();
    // A body without the required reason: the typed client cannot send it.
    const noReason = await rawCall("POST", `/api/admin/orgs/${owner.orgId}/disable`, {}, { token: admin.token });
    expect(noReason.status).toBe(422);
    expect(noReason.problem.code).toBe("reason_required");
    expect(noReason.problem.errors!.map((e: { path: string }) => e.path)).toContain("reason");
  });
});
