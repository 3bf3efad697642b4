import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
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
import { formatDayOf } from "../lib/dates";
import { requestLocale, translate } from "../i18n/translate.server";
import { useCan } from "../lib/shell";
import type { Route } from "./+types/team";
import { useToast } from "../components/ui/toast";
import { useFormatLocale } from "../i18n/format-locale";
import { useIsolate } from "../i18n/bidi";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The current org, its members and pending invitations (GET /api/orgs/current). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.orgs.current.$get();
  if (!res.ok) return throwApiError(res, request);
  const title = translate(request, "shell")("pageTitle", { title: translate(request, "team")("title") });
  return { ...(await res.json()), title };
}

/** The invitation form's messages, in the request's language. */
function inviteMessages(request: Request) {
  const t = translate(request, "team");
  return formMessages({ email: t("errors.email"), role: t("errors.role") }, requestLocale(request));
}

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
  const submission = parseSubmission(form, teamChange, formMessages({}, requestLocale(request)));
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: [translate(request, "team")("unknownRequest")] }) };
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
  const submission = parseSubmission(form, staffInvitationInput, inviteMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await getServer(context).api.orgs.current.invitations.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

function RoleBadge({ role }: { role: Role }) {
  const t = useTranslations("ui.roles");
  const tone =
    role === "owner"
      ? "bg-teal-50 text-teal-900 ring-teal-200"
      : role === "manager"
        ? "bg-sky-50 text-sky-900 ring-sky-200"
        : "bg-slate-100 text-slate-800 ring-slate-200";
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>
      {t(role)}
    </span>
  );
}

type TeamData = Route.ComponentProps["loaderData"];

/** The org's team; owners (`team.manage`) also see pending invitations and invite people. */
export default function Team({ loaderData, actionData }: Route.ComponentProps) {
  const { org, role, members, invitations } = loaderData;
  const canManageTeam = useCan("team.manage");
  const t = useTranslations("team");
  const roles = useTranslations("ui.roles");
  // A team change (remove, role, revoke) carries its `intent`; the invitation form does not.
  const change = actionData?.result.initialValue?.intent ? actionData.result : undefined;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { org: org.name })} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <FormError message={change ? formErrorOf(change) : undefined} />
          <Members members={members} canManage={canManageTeam} timeZone={org.timezone} />
          {canManageTeam ? <PendingInvitations invitations={invitations} timeZone={org.timezone} /> : null}
        </div>
        {canManageTeam ? (
          <InviteCard lastResult={change ? undefined : actionData?.result} />
        ) : (
          <Alert tone="info" className="self-start">
            {t("onlyOwners", { role: roles(role) })}
          </Alert>
        )}
      </div>
    </>
  );
}

/** Dates are the days, in the org's time zone, that the instants fall on. */
function Members({
  members,
  canManage,
  timeZone,
}: {
  members: TeamData["members"];
  canManage: boolean;
  timeZone: string;
}) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("team");
  return (
    <Card title={t("members")} headingId="members-heading" description={t("membersCount", { count: members.length })}>
      <ul className="divide-y divide-slate-100">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">{m.name}</p>
              <p className="text-sm break-all text-slate-600">{m.email}</p>
            </div>
            <div className="flex items-center gap-3 text-sm text-slate-600">
              <RoleBadge role={m.role} />
              <span>{t("since", { date: formatDayOf(m.since, formatLocale, timeZone) })}</span>
            </div>
            {canManage ? <MemberActions member={m} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function PendingInvitations({ invitations, timeZone }: { invitations: TeamData["invitations"]; timeZone: string }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("team");
  return (
    <Card title={t("pending")} headingId="invitations-heading">
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPending")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
              <p className="min-w-0 text-sm font-medium break-all text-slate-900">{i.email}</p>
              <div className="flex items-center gap-3 text-sm text-slate-600">
                <RoleBadge role={i.role} />
                <span>{t("expires", { date: formatDayOf(i.expiresAt, formatLocale, timeZone) })}</span>
                <RevokeInvitation invitation={i} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** After an invitation is sent the form starts empty again (a new key), and a toast confirms it. */
function InviteCard({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const sent = succeeded(lastResult) ? lastResult?.initialValue?.email : undefined;
  const invited = typeof sent === "string" ? sent.trim().toLowerCase() : null;
  const t = useTranslations("team");
  const isolate = useIsolate();
  useToast(lastResult, invited !== null, t("sent", { email: isolate(invited ?? "") }));
  return (
    <Card title={t("invite")} headingId="invite-heading" description={t("inviteHint")} className="self-start">
      <InviteForm key={invited ?? "invite"} lastResult={invited ? undefined : lastResult} />
    </Card>
  );
}

function InviteForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<typeof staffInvitationInput>>({
    lastResult,
    defaultValue: { role: "manager" },
  });
  const t = useTranslations("team");
  const roles = useTranslations("ui.roles");
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <FormError message={formErrorOf(lastResult)} />
      <TextField label={t("email")} field={fields.email} type="email" autoComplete="off" required />
      <SelectField
        label={t("role")}
        field={fields.role}
        hint={ROLES.map((r) => t("roleHint", { role: roles(r), description: t(`roleDescriptions.${r}`) })).join(" ")}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roles(r)}
          </option>
        ))}
      </SelectField>
      <Button disabled={busy}>{busy ? t("sending") : t("send")}</Button>
    </Form>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
