import { getFormProps, useForm } from "@conform-to/react";
import { Form, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { Card } from "../components/page";
import { forwardCookies, replyFromProblem } from "../lib/api.server";
import { orgInput } from "../../worker/orgs/contract";
import { pageTitle } from "../i18n/page-title.server";
import { translate, requestLocale } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { orgCookie } from "../lib/cookies.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { useShell } from "../lib/shell";
import type { Route } from "./+types/onboarding";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The page title, in the request's language. */
export function loader({ request }: Route.LoaderArgs) {
  return { title: pageTitle(request, translate(request, "onboarding")("pageTitle")) };
}

/** A landlord account without an org creates one (and becomes its owner), then lands on its dashboard. */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = requestLocale(request);
  const messages = formMessages({ name: translate(request, "onboarding")("nameMissing") }, locale);
  const submission = parseSubmission(await request.formData(), orgInput, messages);
  if (submission.status !== "success") return refused(submission, undefined, locale);
  const res = await getServer(context).api.orgs.$post({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  const { org } = await res.json();
  // Act in the new org straight away, whatever the current access token still lists.
  const headers = forwardCookies(res);
  headers.append("set-cookie", orgCookie(org.id));
  return redirect("/dashboard", { headers });
}

export default function Onboarding({ actionData }: Route.ComponentProps) {
  const { user, memberships } = useShell();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({ lastResult: actionData?.result });
  const t = useTranslations("onboarding");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {memberships.length ? t("another") : t("welcome", { name: user.name })}
      </h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <Card className="mt-6">
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <FormError message={formErrorOf(actionData?.result)} />
          <TextField label={t("name")} field={fields.name} autoComplete="organization" required hint={t("nameHint")} />
          <Button disabled={busy}>{busy ? t("submitting") : t("submit")}</Button>
        </Form>
      </Card>
    </div>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
