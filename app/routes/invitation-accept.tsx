import { Form, Link, redirect, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, buttonClass, linkClass } from "../components/button";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { acceptInvitationInput } from "../../worker/orgs/contract";
import { getServer } from "../lib/context.server";
import { orgCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission } from "../lib/forms.server";
import { withNext } from "../lib/safe-next";
import { signedInUser } from "../lib/session.server";
import type { Route } from "./+types/invitation-accept";

export const meta: Route.MetaFunction = () => [{ title: "Accept your invitation — Rentline" }];

function tokenOf(value: unknown): string | null {
  return typeof value === "string" && value.length >= 10 && value.length <= 200 ? value : null;
}

/**
 * The link from an invitation email, to join an org's team (staff) or a lease (renter). Signed out: sign
 * in or sign up first, coming back here (`?next=`).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const token = tokenOf(url.searchParams.get("token"));
  const me = token ? await signedInUser(context) : null;
  return { token, here: url.pathname + url.search, user: me ? { name: me.user.name, email: me.user.email } : null };
}

const messages = formMessages({ token: "This invitation link is incomplete." });

/** Accepts the invitation (POST /api/invitations/accept): a lease leads to the new home, a team to its dashboard. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), acceptInvitationInput, messages);
  if (submission.status !== "success")
    return { result: submission.reply({ formErrors: ["This invitation link is incomplete."] }) };
  const res = await getServer(context).api.invitations.accept.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
  const joined = await res.json();
  const headers = forwardCookies(res);
  // A lease invitation makes the visitor a renter of that apartment: straight to their new home.
  if (joined.kind === "lease") return redirect(`/homes/${joined.apartmentId}`, { headers });
  // A staff invitation: act in the org just joined, even when the visitor already belonged to others.
  headers.append("set-cookie", orgCookie(joined.orgId));
  return redirect("/dashboard", { headers });
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const { token, here, user } = loaderData;
  const busy = useNavigation().state === "submitting";
  if (!token) {
    return (
      <AuthLayout title="Invitation link incomplete">
        <Alert tone="warning">
          Open the link from the invitation email again. If it keeps failing, ask the person who invited you for a new
          invitation.
        </Alert>
      </AuthLayout>
    );
  }
  if (!user) {
    return (
      <AuthLayout
        title="You're invited to Rentline"
        subtitle="Sign in or create an account with the email address the invitation was sent to. You'll come back here to accept."
      >
        <div className="flex flex-col gap-3">
          <Link to={withNext("/signup", here)} className={buttonClass("primary", "w-full")}>
            Sign up
          </Link>
          <Link to={withNext("/login", here)} className={buttonClass("secondary", "w-full")}>
            Sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Accept your invitation"
      subtitle={
        <>
          You're signed in as <strong className="text-slate-900">{user.email}</strong>.
        </>
      }
      footer={
        <Form method="post" action="/logout">
          <input type="hidden" name="next" value={here} />
          Not you?{" "}
          <button type="submit" className={linkClass}>
            Sign out
          </button>
        </Form>
      }
    >
      <Form method="post" className="space-y-4">
        <FormError message={formErrorOf(actionData?.result)} />
        <input type="hidden" name="token" value={token} />
        <p className="text-sm text-slate-700">
          Accept to join the team that invited you, or the home you were added to as a renter.
        </p>
        <Button className="w-full" disabled={busy}>
          {busy ? "Joining…" : "Accept invitation"}
        </Button>
      </Form>
    </AuthLayout>
  );
}
