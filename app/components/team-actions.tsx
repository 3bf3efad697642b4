import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { type Role, ROLES } from "../../worker/domain";
import { Button } from "./button";

/**
 * The team page's per-row actions (owners, `team.manage`): change a member's role, remove a member, revoke a
 * pending invitation. Each is a plain form posting an `intent` to the team route's action; the API refuses
 * leaving the org without an owner (409 `last_owner`), shown above the list.
 */

export function MemberActions({ member }: { member: { userId: string; name: string; role: Role } }) {
  const busy = useNavigation().state === "submitting";
  const t = useTranslations("team");
  const roles = useTranslations("ui.roles");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Form method="post" className="flex items-center gap-2">
        <input type="hidden" name="intent" value="role" />
        <input type="hidden" name="userId" value={member.userId} />
        <label className="sr-only" htmlFor={`role-${member.userId}`}>
          {t("roleOf", { name: member.name })}
        </label>
        <select
          id={`role-${member.userId}`}
          name="role"
          defaultValue={member.role}
          className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
        <Button variant="secondary" disabled={busy}>
          {t("changeRole")}
          <span className="sr-only">{t("changeRoleOf", { name: member.name })}</span>
        </Button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="userId" value={member.userId} />
        <Button variant="danger" disabled={busy}>
          {t("remove")}
          <span className="sr-only">{t("removeWho", { name: member.name })}</span>
        </Button>
      </Form>
    </div>
  );
}

export function RevokeInvitation({ invitation }: { invitation: { id: string; email: string } }) {
  const busy = useNavigation().state === "submitting";
  const t = useTranslations("team");
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="revoke-invitation" />
      <input type="hidden" name="invitationId" value={invitation.id} />
      <Button variant="secondary" disabled={busy}>
        {t("revoke")}
        <span className="sr-only">{t("revokeWho", { email: invitation.email })}</span>
      </Button>
    </Form>
  );
}
