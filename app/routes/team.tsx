import { data, Form, useNavigation } from "react-router";
import { z } from "zod";
import { Alert, FormError } from "../components/alert";
import { Button } from "../components/button";
import { SelectField, TextField } from "../components/field";
import { Card, PageHeader } from "../components/page";
import { formFailure, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { emailField, formValues, parseForm } from "../lib/forms";
import { formatDate, useLocale } from "../lib/locale";
import type { Route } from "./+types/team";

export const meta: Route.MetaFunction = () => [{ title: "Team — Rentline" }];

const ROLES = {
  owner: { label: "Owner", description: "Everything, including the team and billing" },
  manager: { label: "Manager", description: "Properties, apartments, renters and rent" },
  maintenance: { label: "Maintenance", description: "Sees the portfolio and handles repairs" },
} as const;
type RoleName = keyof typeof ROLES;
const roleNames = Object.keys(ROLES) as [RoleName, ...RoleName[]];

export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.orgs.current.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

const inviteForm = z.object({ email: emailField, role: z.enum(roleNames, { error: "Choose a role" }) });

export async function action({ context, request }: Route.ActionArgs) {
  const values = formValues(await request.formData());
  const parsed = parseForm(inviteForm, values);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const res = await getServer(context).api.orgs.current.invitations.$post({ json: parsed.data });
  if (!res.ok) return formFailure(res, request, ["email", "role"], { values });
  return { invited: (await res.json()).email };
}

function RoleBadge({ role }: { role: RoleName }) {
  const tone =
    role === "owner"
      ? "bg-teal-50 text-teal-900 ring-teal-200"
      : role === "manager"
        ? "bg-sky-50 text-sky-900 ring-sky-200"
        : "bg-slate-100 text-slate-800 ring-slate-200";
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tone}`}>
      {ROLES[role].label}
    </span>
  );
}

export default function Team({ loaderData, actionData }: Route.ComponentProps) {
  const { org, role, members, invitations } = loaderData;
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const failure = actionData && "fieldErrors" in actionData ? actionData : undefined;
  const invited = actionData && "invited" in actionData ? actionData.invited : null;
  const isOwner = role === "owner";
  return (
    <>
      <PageHeader title="Team" subtitle={`The people who manage ${org.name}.`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
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
                </li>
              ))}
            </ul>
          </Card>
          {isOwner ? (
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
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ) : null}
        </div>
        {isOwner ? (
          <Card
            title="Invite someone"
            headingId="invite-heading"
            description="They get an email with a link to join. Invitations expire after a few days."
            className="self-start"
          >
            <Form key={invited ?? "invite"} method="post" className="space-y-4" noValidate>
              {invited ? <Alert tone="success">Invitation sent to {invited}.</Alert> : null}
              <FormError message={failure?.formError} />
              <TextField
                label="Email"
                name="email"
                type="email"
                autoComplete="off"
                required
                defaultValue={failure?.values?.email}
                error={failure?.fieldErrors.email}
              />
              <SelectField
                label="Role"
                name="role"
                defaultValue={failure?.values?.role ?? "manager"}
                error={failure?.fieldErrors.role}
                hint={roleNames.map((r) => `${ROLES[r].label}: ${ROLES[r].description.toLowerCase()}.`).join(" ")}
              >
                {roleNames.map((r) => (
                  <option key={r} value={r}>
                    {ROLES[r].label}
                  </option>
                ))}
              </SelectField>
              <Button disabled={busy}>{busy ? "Sending…" : "Send invitation"}</Button>
            </Form>
          </Card>
        ) : (
          <Alert tone="info" className="self-start">
            Only owners can invite people. Your role: {ROLES[role].label}.
          </Alert>
        )}
      </div>
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
