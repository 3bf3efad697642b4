import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { Alert, FormError } from "../components/alert";
import { AuthLayout } from "../components/auth-layout";
import { Button, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { replyFromProblem } from "../lib/api.server";
import { passwordResetInput } from "../../worker/auth/contract";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import type { Route } from "./+types/forgot-password";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The page title, in the request's language. */
export function loader({ request }: Route.LoaderArgs) {
  return { title: translate(request, "shell")("pageTitle", { title: translate(request, "auth")("forgot.title") }) };
}

/** Asks for a reset link (POST /api/auth/password-reset); the reply's values name the address it went to. */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = requestLocale(request);
  const messages = formMessages({ email: translate(request, "auth")("forgot.emailInvalid") }, locale);
  const submission = parseSubmission(await request.formData(), passwordResetInput, messages);
  if (submission.status !== "success") return refused(submission, undefined, locale);
  const res = await getServer(context).api.auth["password-reset"].$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request, signedOutPage: true });
  // The same answer whether or not the account exists: this page must not reveal who has an account.
  return { result: submission.reply() };
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const result = actionData?.result;
  const [form, fields] = useForm({ lastResult: result });
  const email = result?.initialValue?.email;
  const sentTo = succeeded(result) && typeof email === "string" ? email.trim().toLowerCase() : null;
  const t = useTranslations("auth.forgot");
  return (
    <AuthLayout
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <Link to="/login" className={linkClass}>
          {t("back")}
        </Link>
      }
    >
      {sentTo ? (
        <Alert tone="success" title={t("sentTitle")}>
          {t.rich("sent", { email: sentTo, bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </Alert>
      ) : (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <FormError message={formErrorOf(result)} />
          <TextField label={t("email")} field={fields.email} type="email" autoComplete="email" required />
          <Button className="w-full" disabled={busy}>
            {busy ? t("submitting") : t("submit")}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
