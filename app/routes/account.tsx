import { Form, useNavigation } from "react-router";
import { z } from "zod";
import { Alert } from "../components/alert";
import { Button } from "../components/button";
import { Card, PageHeader } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { parseSubmission } from "../lib/forms.server";
import { formatDateTime, useLocale } from "../lib/locale";
import { useShell } from "../lib/shell";
import { describeDevice } from "../lib/user-agent";
import type { Route } from "./+types/account";

export const meta: Route.MetaFunction = () => [{ title: "Account — Rentline" }];

/** The profile comes from the app shell; this page's one API call lists the active sessions. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.auth.sessions.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

const intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke"), sessionId: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("revoke-others") }),
]);

/** Signs one device out (`revoke`) or every other one (`revoke-others`); the reply says how many went. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const submission = parseSubmission(await request.formData(), intent);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: ["Unknown request."] }), notice: null };
  if (submission.value.intent === "revoke") {
    const res = await api.auth.sessions[":id"].$delete({ param: { id: submission.value.sessionId } });
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    return { result: submission.reply(), notice: "That device was signed out." };
  }
  const res = await api.auth.sessions["revoke-others"].$post();
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  const { revoked } = await res.json();
  return {
    result: submission.reply(),
    notice:
      revoked === 0
        ? "No other devices were signed in."
        : revoked === 1
          ? "1 other device was signed out."
          : `${revoked} other devices were signed out.`,
  };
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-sm break-words text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const notice = actionData && "notice" in actionData ? actionData.notice : null;
  return (
    <>
      <PageHeader title="Account" subtitle="Your profile and the devices signed in to it." />
      <div className="space-y-6">
        <ProfileCard />
        <Card
          title="Where you're signed in"
          headingId="sessions-heading"
          description="Sign out any device you don't recognise, then change your password."
        >
          {notice ? (
            <Alert tone="success" className="mb-4">
              {notice}
            </Alert>
          ) : null}
          {formErrorOf(actionData?.result) ? (
            <Alert tone="error" className="mb-4">
              {formErrorOf(actionData?.result)}
            </Alert>
          ) : null}
          <Sessions sessions={loaderData.results} />
        </Card>
      </div>
    </>
  );
}

function ProfileCard() {
  const { user, memberships } = useShell();
  return (
    <Card title="Profile" headingId="profile-heading">
      <dl className="divide-y divide-slate-100">
        <Detail label="Name">{user.name}</Detail>
        <Detail label="Email">
          {user.email}{" "}
          {user.emailVerified ? (
            <span className="ms-1 inline-flex rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-200 ring-inset">
              Confirmed
            </span>
          ) : (
            <span className="ms-1 inline-flex rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-200 ring-inset">
              Not confirmed
            </span>
          )}
        </Detail>
        <Detail label="Account type">{user.accountType === "landlord" ? "Landlord" : "Renter"}</Detail>
        <Detail label="Organizations">
          {memberships.length === 0
            ? "None"
            : memberships.map((m) => `${m.orgName} (${m.role}${m.isDisabled ? ", disabled" : ""})`).join(", ")}
        </Detail>
      </dl>
    </Card>
  );
}

function Sessions({ sessions }: { sessions: Route.ComponentProps["loaderData"]["results"] }) {
  const locale = useLocale();
  const busy = useNavigation().state === "submitting";
  const others = sessions.filter((s) => !s.current);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {describeDevice(s.userAgent)}
                {s.current ? (
                  <span className="ms-2 inline-flex rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-900 ring-1 ring-teal-200 ring-inset">
                    This device
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-slate-600">
                {s.ip ? `${s.ip} · ` : ""}last active {formatDateTime(s.lastUsedAt, locale)} · signed in{" "}
                {formatDateTime(s.createdAt, locale)}
              </p>
            </div>
            {s.current ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="sessionId" value={s.id} />
                <Button variant="secondary" disabled={busy}>
                  Sign out
                  <span className="sr-only">
                    {" "}
                    {describeDevice(s.userAgent)}, last active {formatDateTime(s.lastUsedAt, locale)}
                  </span>
                </Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      <Form method="post" className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <input type="hidden" name="intent" value="revoke-others" />
        <Button variant="danger" disabled={busy}>
          Sign out other devices
        </Button>
        {others.length === 0 ? <p className="text-sm text-slate-600">No other devices are signed in.</p> : null}
      </Form>
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
