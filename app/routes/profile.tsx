import { getFormProps, useForm } from "@conform-to/react";
import { Form, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { FormError } from "../components/alert";
import { Button } from "../components/button";
import { TextField } from "../components/field";
import { Card } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { profileInput } from "../../worker/dossier/contract";
import { pageTitle } from "../i18n/page-title.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, succeeded } from "../lib/forms";
import { parseSubmission, refused } from "../lib/forms.server";
import { profileMessages } from "../lib/profile-form.server";
import type { Route } from "./+types/profile";
import { translatedMeta } from "../i18n/meta";
import { useToast } from "../components/ui/toast";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** A renter's own details (name, phone, birth date, address), completed after accepting a lease. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.profile.$get();
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "profile")("pageTitle")) };
}

/** Saves the details (PUT /api/me/profile); the dossier's extra details are the dossier page's. */
export async function action({ context, request }: Route.ActionArgs) {
  const submission = parseSubmission(await request.formData(), profileInput, profileMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const res = await getServer(context).api.me.profile.$put({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  return { result: submission.reply() };
}

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const result = actionData?.result;
  const [form, fields] = useForm<z.input<typeof profileInput>>({
    lastResult: result,
    defaultValue: loaderData.profile,
  });
  const t = useTranslations("profile");
  useToast(result, succeeded(result), t("saved"));
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("pageTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <Card className="mt-6">
        <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
          <FormError message={formErrorOf(result)} />
          <TextField
            label={t("fields.firstName")}
            field={fields.firstName}
            autoComplete="given-name"
            required
            maxLength={80}
          />
          <TextField
            label={t("fields.lastName")}
            field={fields.lastName}
            autoComplete="family-name"
            required
            maxLength={80}
          />
          <TextField label={t("fields.phone")} field={fields.phone} type="tel" dir="ltr" autoComplete="tel" required />
          <TextField label={t("fields.birthDate")} field={fields.birthDate} type="date" autoComplete="bday" required />
          <TextField
            label={t("fields.address")}
            field={fields.address}
            autoComplete="street-address"
            className="sm:col-span-2"
            required
            maxLength={300}
          />
          <div className="sm:col-span-2">
            <Button disabled={busy}>{t("save")}</Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
