import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, buttonClass, linkClass } from "../components/button";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { acceptInvitationInput } from "../../worker/orgs/contract";
import { pageTitle } from "../i18n/page-title.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { orgCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission } from "../lib/forms.server";
import { withNext } from "../lib/safe-next";
import { signedInUser } from "../lib/session.server";
import type { Route } from "./+types/invitation-accept";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

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
  return {
    title: pageTitle(request, translate(request, "auth")("invitation.pageTitle")),
    token,
    here: url.pathname + url.search,
    user: me ? { name: me.user.name, email: me.user.email } : null,
  };
}

/** Accepts the invitation (POST /api/invitations/accept): a lease leads to the new home, a team to its dashboard. */
export async function action({ context, request }: Route.ActionArgs) {
  const incomplete = translate(request, "auth")("invitation.linkIncomplete");
  const messages = formMessages({ token: incomplete }, requestLocale(request));
  const submission = parseSubmission(await request.formData(), acceptInvitationInput, messages);
  if (submission.status !== "success") return { result: submission.reply({ formErrors: [incomplete] }) };
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
  const t = useTranslations("auth.invitation");
  if (!token) {
    return (
      <AuthLayout title={t("incompleteTitle")}>
        <Alert tone="warning">{t("incompleteBody")}</Alert>
      </AuthLayout>
    );
  }
  if (!user) {
    return (
      <AuthLayout title={t("invitedTitle")} subtitle={t("invitedSubtitle")}>
        <div className="flex flex-col gap-3">
          <Link to={withNext("/signup", here)} className={buttonClass("primary", "w-full")}>
            {t("signUp")}
          </Link>
          <Link to={withNext("/login", here)} className={buttonClass("secondary", "w-full")}>
            {t("signIn")}
          </Link>
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={t("title")}
      subtitle={t.rich("signedInAs", {
        email: user.email,
        strong: (chunks) => (
          <strong className="text-slate-900">
            <bdi>{chunks}</bdi>
          </strong>
        ),
      })}
      footer={
        <Form method="post" action="/logout">
          <input type="hidden" name="next" value={here} />
          {t("notYou")}{" "}
          <button type="submit" className={linkClass}>
            {t("signOut")}
          </button>
        </Form>
      }
    >
      <Form method="post" className="space-y-4">
        <FormError message={formErrorOf(actionData?.result)} />
        <input type="hidden" name="token" value={token} />
        <p className="text-sm text-slate-700">{t("explain")}</p>
        <Button className="w-full" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </Button>
      </Form>
    </AuthLayout>
  );
}
