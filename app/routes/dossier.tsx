import { Form, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { Alert } from "../components/alert";
import { DocumentList, GuarantorForm, ProfileForm, UploadForm } from "../components/dossier-forms";
import { Button } from "../components/button";
import { Card } from "../components/page";
import { replyFromProblem, throwApiError } from "../lib/api.server";
import { guarantorInput } from "../../worker/dossier/contract";
import { pageTitle } from "../i18n/page-title.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { formMessages, parseSubmission, refused } from "../lib/forms.server";
import { dossierProfileForm, profileMessages } from "../lib/profile-form.server";
import type { Route } from "./+types/dossier";
import { translatedMeta } from "../i18n/meta";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The renter's dossier, built once and reused for every application: profile, documents, guarantors. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.dossier.$get();
  if (!res.ok) return throwApiError(res, request);
  return { ...(await res.json()), title: pageTitle(request, translate(request, "dossier")("pageTitle")) };
}

const deletion = z.object({ id: z.string().min(1).max(64) });

/** A file streamed through to the API untouched (the page never holds it), for the renter or a guarantor. */
async function upload(context: Route.ActionArgs["context"], request: Request, guarantorId: string | null) {
  const { api } = getServer(context);
  // `init.headers` would replace the client's own (the caller's bearer token): pass the type as `headers`, which merge.
  const init = { body: request.body, duplex: "half" } as RequestInit;
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  const res = guarantorId
    ? await api.me.guarantors[":id"].documents.$post({ param: { id: guarantorId } }, { init, headers })
    : await api.me.documents.$post({}, { init, headers });
  if (!res.ok) return replyFromProblem(res, null, { request, intent: "upload" });
  throw redirect("/dossier?saved=document");
}

/** Intents: `upload` (streamed), `guarantor`, `delete-document`, `delete-guarantor`, else the profile. */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const url = new URL(request.url);
  const intent = url.searchParams.get("intent");
  if (intent === "upload") return upload(context, request, url.searchParams.get("guarantor"));
  const form = await request.formData();
  const locale = requestLocale(request);
  if (intent === "guarantor") {
    const t = translate(request, "dossier");
    const messages = formMessages(
      { name: t("guarantor.nameMissing"), relationship: t("guarantor.relationshipMissing") },
      locale,
    );
    const submission = parseSubmission(form, guarantorInput, messages);
    if (submission.status !== "success") return refused(submission, undefined, locale);
    const res = await api.me.guarantors.$post({ json: { ...submission.value, email: submission.value.email ?? null } });
    if (!res.ok) return replyFromProblem(res, submission, { request });
    throw redirect("/dossier?saved=guarantor");
  }
  if (intent === "delete-document" || intent === "delete-guarantor") {
    const submission = parseSubmission(form, deletion);
    const param = { id: submission.status === "success" ? submission.value.id : "" };
    const res =
      intent === "delete-document"
        ? await api.me.documents[":id"].$delete({ param })
        : await api.me.guarantors[":id"].$delete({ param });
    if (!res.ok) return replyFromProblem(res, submission, { request, fields: [] });
    throw redirect("/dossier");
  }
  const submission = parseSubmission(form, dossierProfileForm(request), profileMessages(request));
  if (submission.status !== "success") return refused(submission, undefined, locale);
  const res = await api.me.profile.$put({ json: submission.value });
  if (!res.ok) return replyFromProblem(res, submission, { request });
  throw redirect("/dossier?saved=profile");
}

export default function Dossier({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { profile, documents, guarantors } = loaderData;
  const problem = ["upload", "delete-document", "delete-guarantor"]
    .map((intent) => formErrorOf(resultFor(actionData, intent)))
    .find(Boolean);
  const t = useTranslations("dossier");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("pageTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <Card title={t("profile")}>
        <ProfileForm profile={profile} lastResult={resultFor(actionData, "profile")} busy={busy} />
      </Card>
      <Card title={t("documents")}>
        <DocumentList documents={documents} />
        <UploadForm />
      </Card>
      <Card title={t("guarantors")} description={t("guarantorsDescription")}>
        {guarantors.map((g) => (
          <section key={g.id} className="mt-4 rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-medium text-slate-900">
                {g.name} <span className="font-normal text-slate-600">({g.relationship})</span>
              </h3>
              <Form method="post" action="/dossier?intent=delete-guarantor">
                <input type="hidden" name="intent" value="delete-guarantor" />
                <input type="hidden" name="id" value={g.id} />
                <Button variant="secondary">{t("remove")}</Button>
              </Form>
            </div>
            <DocumentList documents={g.documents} />
            <UploadForm guarantorId={g.id} />
          </section>
        ))}
        <GuarantorForm lastResult={resultFor(actionData, "guarantor")} />
      </Card>
    </div>
  );
}
