import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import { addMember, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 16 §2, roles in the audit trail: a role change records the old and the new role, a removal the role
 * the member had, each in the same batch as the change (a refused change records nothing, and changing a role
 * to the one it is records nothing either).
 */
const auditOf = (userId: string) =>
  env.DB.prepare(
    "select action, actor_user_id as actor, details from audit_log where target_id = ? and action like 'org.member_%' order by at, id",
  )
    .bind(userId)
    .all<{ action: string; actor: string; details: string }>()
    .then((r) => r.results.map((row) => ({ ...row, details: JSON.parse(row.details) })));

describe("the team in the audit trail", () => {
  it("records each role change with its old and new role, and a removal with the role the member had", async () => {
    const owner = await signUpLandlord("Role Audit Lettings");
    const member = await addMember(owner, "maintenance");
    const role = (to: "owner" | "manager" | "maintenance") =>
      api(owner).orgs.current.members[":id"].$patch({ param: { id: member.userId }, json: { role: to } });

    expect((await role("manager")).status).toBe(200);
    expect((await role("manager")).status).toBe(200); // already a manager: nothing to record
    expect((await api(owner).orgs.current.members[":id"].$delete({ param: { id: member.userId } })).status).toBe(204);

    expect(await auditOf(member.userId)).toEqual([
      {
        action: "org.member_role",
        actor: owner.userId,
        details: { role: "manager", from: "maintenance", to: "manager" },
      },
      { action: "org.member_remove", actor: owner.userId, details: { role: "manager" } },
    ]);
    // The request's own row (the audit floor) too: one for the change, none for the no-op (reviewer).
    const floor = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'PATCH /api/orgs/current/members/:id' and org_id = ?",
    )
      .bind(owner.orgId)
      .first<{ n: number }>();
    expect(floor?.n).toBe(1);
  });

  it("a refused change (the last owner stepping down) records nothing", async () => {
    const owner = await signUpLandlord("Lone Owner Lettings");
    const down = await api(owner).orgs.current.members[":id"].$patch({
      param: { id: owner.userId },
      json: { role: "manager" },
    });
    expect(down.status).toBe(409);
    expect(down.problem.code).toBe("last_owner");
    const gone = await api(owner).orgs.current.members[":id"].$delete({ param: { id: owner.userId } });
    expect(gone.status).toBe(409);
    expect(await auditOf(owner.userId)).toEqual([]);
  });
});
