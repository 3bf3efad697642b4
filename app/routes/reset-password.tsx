import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { PASSWORD_MIN_LENGTH } from "../../worker/auth/passwords";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { passwordResetConfirmInput } from "../../worker/auth/contract";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { clearedOrgCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import type { Route } from "./+types/reset-password";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The token from the emailed link (10–200 characters, else null: the page says the link is incomplete). */
export function loader({ request }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return {
    title: translate(request, "shell")("pageTitle", { title: translate(request, "auth")("reset.title") }),
    token: token.length >= 10 && token.length <= 200 ? token : null,
    passwordMinLength: PASSWORD_MIN_LENGTH,
  };
}

/** Sets the new password (POST /api/auth/password-reset/confirm), which signs every session out. */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = requestLocale(request);
  const t = translate(request, "auth");
  const messages = formMessages(
    { password: { required: t("reset.passwordShort", { min: PASSWORD_MIN_LENGTH }) } },
    locale,
  );
  const submission = parseSubmission(await request.formData(), passwordResetConfirmInput, messages);
  if (submission.status !== "success") return refused(submission, ["password"], locale);
  const res = await getServer(context).api.auth["password-reset"]["confirm"].$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true, hideFields: ["password"] });
  // Every session was signed out, this browser's included (the API clears its cookies).
  const headers = forwardCookies(res);
  headers.append("set-cookie", clearedOrgCookie());
  return redirect("/login?reset=done", { headers });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { token, passwordMinLength } = loaderData;
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({ lastResult: actionData?.result });
  const t = useTranslations("auth.reset");
  return (
    <AuthLayout
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <Link to="/forgot-password" className={linkClass}>
          {t("askNew")}
        </Link>
      }
    >
      {token ? (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <FormError message={formErrorOf(actionData?.result)} />
          <input type="hidden" name="token" value={token} />
          <TextField
            label={t("password")}
            field={fields.password}
            type="password"
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
            hint={t("hint", { min: passwordMinLength })}
          />
          <Button className="w-full" disabled={busy}>
            {busy ? t("submitting") : t("submit")}
          </Button>
        </Form>
      ) : (
        <Alert tone="warning">{t("incomplete")}</Alert>
      )}
    </AuthLayout>
  );
}
