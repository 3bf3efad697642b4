import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { z } from "zod";
import { type Role, ROLES } from "../../worker/domain";
import { Alert, FormError } from "../components/alert";
import { Button } from "../components/button";
import { SelectField, TextField } from "../components/field";
import { Card, PageHeader } from "../components/page";
import { MemberActions, RevokeInvitation } from "../components/team-actions";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { staffInvitationInput } from "../../worker/orgs/contract";
import { getServer } from "../lib/context.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { formatDate, useLocale } from "../lib/locale";
import { useCan } from "../lib/shell";
import type { Route } from "./+types/team";

export const meta: Route.MetaFunction = () => [{ title: "Team — Rentline" }];

const ROLE_TEXT: Record<Role, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Everything, including the team and billing" },
  manager: { label: "Manager", description: "Properties, apartments, renters and rent" },
  maintenance: { label: "Maintenance", description: "Sees the portfolio and handles repairs" },
};

/** The current org, its members and pending invitations (GET /api/orgs/current). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.orgs.current.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

const messages = formMessages({ email: "Enter a valid email address", role: "Choose a role" });

const teamChange = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("remove"), userId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("role"), userId: z.string().min(1).max(64), role: z.enum(ROLES) }),
  z.object({ intent: z.literal("revoke-invitation"), invitationId: z.string().min(1).max(64) }),
]);

/**
 * A change to the team (`intent`): remove a member (DELETE /api/orgs/current/members/{id}), change a role
 * (PATCH …/members/{id}), revoke an invitation (DELETE /api/orgs/current/invitations/{id}). Takes effect at once.
 */
async function changeTeam(context: Route.ActionArgs["context"], request: Request, form: FormData) {
  const { api } = getServer(context);
  const submission = parseSubmission(form, teamChange);
  if (submission.status !== "success") return { result: submission.reply({ formErrors: ["Unknown request."] }) };
  const v = submission.value;
  const res =
    v.intent === "remove"
      ? await api.orgs.current.members[":id"].$delete({ param: { id: v.userId } })
      : v.intent === "role"
        ? await api.orgs.current.members[":id"].$patch({ param: { id: v.userId }, json: { role: v.role } })
        : await api.orgs.current.invitations[":id"].$delete({ param: { id: v.invitationId } });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  return { result: submission.reply() };
}

/** Invites someone to the org's team (POST /api/orgs/current/invitations); the reply's values name them. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  if (form.has("intent")) return changeTeam(context, request, form);
  const submission = parseSubmission(form, staffInvitationInput, messages);
  if (submission.status !== "success") return refused(submission);
  const res = await getServer(context).api.orgs.current.invitations.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

function RoleBadge({ role }: { role: Role }) {
  const tone =
    role === "owner"
      ? "bg-teal-50 text-teal-900 ring-teal-200"
      : role === "manager"
        ? "bg-sky-50 text-sky-900 ring-sky-200"
        : "bg-slate-100 text-slate-800 ring-slate-200";
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>
      {ROLE_TEXT[role].label}
    </span>
  );
}

type TeamData = Route.ComponentProps["loaderData"];

/** The org's team; owners (`team.manage`) also see pending invitations and invite people. */
export default function Team({ loaderData, actionData }: Route.ComponentProps) {
  const { org, role, members, invitations } = loaderData;
  const canManageTeam = useCan("team.manage");
  // A team change (remove, role, revoke) carries its `intent`; the invitation form does not.
  const change = actionData?.result.initialValue?.intent ? actionData.result : undefined;
  return (
    <>
      <PageHeader title="Team" subtitle={`The people who manage ${org.name}.`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <FormError message={change ? formErrorOf(change) : undefined} />
          <Members members={members} canManage={canManageTeam} />
          {canManageTeam ? <PendingInvitations invitations={invitations} /> : null}
        </div>
        {canManageTeam ? (
          <InviteCard lastResult={change ? undefined : actionData?.result} />
        ) : (
          <Alert tone="info" className="self-start">
            Only owners can invite people. Your role: {ROLE_TEXT[role].label}.
          </Alert>
        )}
      </div>
    </>
  );
}

function Members({ members, canManage }: { members: TeamData["members"]; canManage: boolean }) {
  const locale = useLocale();
  return (
    <Card
      title="Members"
      headingId="members-heading"
      description={members.length === 1 ? "1 member" : `${members.length} members`}
    >
      <ul className="divide-y divide-slate-100">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">{m.name}</p>
              <p className="text-sm break-all text-slate-600">{m.email}</p>
            </div>
            <div className="flex items-center gap-3 text-sm text-slate-600">
              <RoleBadge role={m.role} />
              <span>since {formatDate(m.since, locale)}</span>
            </div>
            {canManage ? <MemberActions member={m} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function PendingInvitations({ invitations }: { invitations: TeamData["invitations"] }) {
  const locale = useLocale();
  return (
    <Card title="Pending invitations" headingId="invitations-heading">
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
              <p className="min-w-0 text-sm font-medium break-all text-slate-900">{i.email}</p>
              <div className="flex items-center gap-3 text-sm text-slate-600">
                <RoleBadge role={i.role} />
                <span>expires {formatDate(i.expiresAt, locale)}</span>
                <RevokeInvitation invitation={i} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** After an invitation is sent the form starts empty again (a new key), with the confirmation above it. */
function InviteCard({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const sent = succeeded(lastResult) ? lastResult?.initialValue?.email : undefined;
  const invited = typeof sent === "string" ? sent.trim().toLowerCase() : null;
  return (
    <Card
      title="Invite someone"
      headingId="invite-heading"
      description="They get an email with a link to join. Invitations expire after a few days."
      className="self-start"
    >
      <InviteForm key={invited ?? "invite"} invited={invited} lastResult={invited ? undefined : lastResult} />
    </Card>
  );
}

function InviteForm({ invited, lastResult }: { invited: string | null; lastResult?: SubmissionResult<string[]> }) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof staffInvitationInput>>({
    lastResult,
    defaultValue: { role: "manager" },
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      {invited ? <Alert tone="success">Invitation sent to {invited}.</Alert> : null}
      <FormError message={formErrorOf(lastResult)} />
      <TextField label="Email" field={fields.email} type="email" autoComplete="off" required />
      <SelectField
        label="Role"
        field={fields.role}
        hint={ROLES.map((r) => `${ROLE_TEXT[r].label}: ${ROLE_TEXT[r].description.toLowerCase()}.`).join(" ")}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_TEXT[r].label}
          </option>
        ))}
      </SelectField>
      <Button disabled={busy}>{busy ? "Sending…" : "Send invitation"}</Button>
    </Form>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
