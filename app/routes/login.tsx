import { getFormProps, useForm } from "@conform-to/react";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import { useTranslations } from "use-intl";
import { Alert, FormError } from "../components/alert";
import { AuthLayout, Divider, GoogleLink } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { loginInput } from "../../worker/auth/contract";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { languageCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { safeNext, withNext } from "../lib/safe-next";
import { homePathFor, signedInUser } from "../lib/session.server";
import type { Route } from "./+types/login";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** Signed in already: straight to `next` or home. Otherwise whether Google sign-in is offered. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const next = url.searchParams.get("next");
  const me = await signedInUser(context);
  if (me) throw redirect(safeNext(next, homePathFor(me)));
  const providers = await getServer(context).api.auth.providers.$get();
  const t = translate(request, "auth");
  return {
    title: translate(request, "shell")("pageTitle", { title: t("login.title") }),
    google: providers.ok ? (await providers.json()).google : false,
    next: next ? safeNext(next, "") || null : null,
    notice:
      url.searchParams.get("reset") === "done"
        ? t("login.resetDone")
        : url.searchParams.get("google") === "unverified_account"
          ? t("login.googleUnverified")
          : null,
  };
}

const bannedBody = z.object({ code: z.literal("account_banned"), banReason: z.string().nullable().catch(null) });

/**
 * Signs in (POST /api/auth/login), passes the session cookies on and goes to `next`; the password never comes
 * back. A banned account gets the page's "suspended" message with the reason (`banReason`).
 */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const t = translate(request, "auth");
  const messages = formMessages(
    { email: t("login.emailInvalid"), password: t("login.passwordMissing") },
    requestLocale(request),
  );
  const submission = parseSubmission(form, loginInput, messages);
  if (submission.status !== "success") return refused(submission, requestLocale(request), ["password"]);
  const res = await getServer(context).api.auth.login.$post({ json: submission.value });
  // Banned by Rentline: the page says so, with the platform admin's reason (the problem's `banReason`).
  const banned = res.status === 403 ? bannedBody.safeParse(await res.clone().json()) : null;
  if (banned?.success)
    return data(
      { result: submission.reply({ hideFields: ["password"] }), banReason: banned.data.banReason },
      { status: 403 },
    );
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, hideFields: ["password"] });
  const headers = forwardCookies(res);
  // Signing in brings the language chosen on the account (perhaps on another device).
  const { user } = await res.json();
  if (user.locale) headers.append("set-cookie", languageCookie(user.locale));
  return redirect(safeNext(form.get("next"), "/"), { headers });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { google, next, notice } = loaderData;
  const busy = useNavigation().state === "submitting";
  const invitation = next?.startsWith("/invitations/accept");
  const [form, fields] = useForm({ lastResult: actionData?.result });
  const t = useTranslations("auth.login");
  return (
    <AuthLayout
      title={t("title")}
      subtitle={invitation ? t("invitation") : t("welcome")}
      footer={
        <>
          {t("newHere")}{" "}
          <Link to={withNext("/signup", next)} className={linkClass}>
            {t("signUp")}
          </Link>
        </>
      }
    >
      {/* An explicit action from the safe next: an implicit one echoes the raw query and differs at hydration. */}
      <Form method="post" action={withNext("/login", next)} className="space-y-4" {...getFormProps(form)}>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {actionData && "banReason" in actionData ? (
          <Alert tone="error" title={t("banned")}>
            {typeof actionData.banReason === "string" ? t("bannedReason", { reason: actionData.banReason }) : null}
          </Alert>
        ) : (
          <FormError message={formErrorOf(actionData?.result)} />
        )}
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField label={t("email")} field={fields.email} type="email" autoComplete="email" required />
        <TextField
          label={t("password")}
          field={fields.password}
          type="password"
          autoComplete="current-password"
          required
        />
        <div className="flex justify-end">
          <Link to="/forgot-password" className={`text-sm ${linkClass}`}>
            {t("forgot")}
          </Link>
        </div>
        <Button className="w-full" disabled={busy}>
          {busy ? t("submitting") : t("submit")}
        </Button>
      </Form>
      {google ? (
        <>
          <Divider />
          <GoogleLink intent="renter" next={next} />
        </>
      ) : null}
    </AuthLayout>
  );
}
