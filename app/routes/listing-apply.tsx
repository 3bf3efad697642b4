import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { Form, Link, redirect, useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { formatMoney } from "../../worker/lib/i18n/format";
import type { Locale } from "../../worker/lib/i18n/locales";
import { Alert, FormError } from "../components/alert";
import { AlreadyApplied } from "../components/already-applied";
import { Button, linkClass } from "../components/button";
import { SelectField, TextAreaField, TextField } from "../components/field";
import { DossierChecklist, useRequirementSentence } from "../components/dossier-checklist";
import { Card } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { applyInput } from "../../worker/applications/contract";
import { pageTitle } from "../i18n/page-title.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf } from "../lib/forms";
import { formMessages, moneyInput, parseSubmission, postedCurrency } from "../lib/forms.server";
import { refusalsBeforeApplying, refusalsOfProblem, refusedTogether } from "../lib/apply-form.server";
import type { Route } from "./+types/listing-apply";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * Applying with the dossier: the dossier checked against the listing first (GET /api/me/checklist, which
 * also gives the lawful lease durations the form proposes), then guarantors, dates, income and a message.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const [res, listing, checklist] = await Promise.all([
    api.me.dossier.$get(),
    api.public.listings[":id"].$get({ param: { id: params.id } }),
    api.me.checklist.$get({ query: { listingId: params.id } }),
  ]);
  if (!res.ok) return throwApiError(res, request);
  if (!listing.ok) return throwApiError(listing, request);
  if (!checklist.ok) return throwApiError(checklist, request);
  const { title, rooms, currency } = await listing.json();
  return {
    ...(await res.json()),
    checklist: await checklist.json(),
    title: pageTitle(request, translate(request, "applications")("apply.pageTitle")),
    listing: { title, currency, rooms: rooms.filter((r) => r.filled < r.capacity) },
  };
}

/** The application form: the API's input, the budget and the income typed as money in the listing's currency. */
function applicationForm(currency: string, locale: Locale = "en") {
  const overrides = applyInput.shape.profile.unwrap();
  const budget = overrides.shape.budgetAmount.unwrap();
  const income = applyInput.shape.incomeAmount.unwrap();
  return applyInput.omit({ listingId: true }).extend({
    profile: overrides.extend({ budgetAmount: moneyInput(currency, locale, budget).optional() }).optional(),
    incomeAmount: moneyInput(currency, locale, income).optional(),
  });
}

/**
 * Applies (POST /api/applications) and opens the application. Every reason it would be refused is shown
 * at once: the form's own errors, each dossier requirement the listing has and the dossier lacks (GET
 * /api/me/checklist, listed above the form by path) and a duration outside the lawful range; what only the
 * API knows (422 `dossier_incomplete` with the French-law rules of the asked term) comes back the same way.
 * Details changed for this application only (phone, education, budget) travel as `profile`.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = requestLocale(request);
  const t = translate(request, "applications");
  const messages = formMessages(
    { moveInDate: t("apply.moveInMissing"), durationMonths: { required: t("apply.durationMissing") } },
    locale,
  );
  const { api } = getServer(context);
  const checked = await api.me.checklist.$get({ query: { listingId: params.id } });
  if (!checked.ok) return throwApiError(checked, request);
  const submission = parseSubmission(form, applicationForm(postedCurrency(form), locale), messages);
  const before = refusalsBeforeApplying(request, await checked.json(), form);
  if (submission.status !== "success" || before.dossier.length || Object.keys(before.fields).length)
    return refusedTogether(request, submission, before);
  const { profile, ...application } = submission.value;
  const changed = profile && Object.values(profile).some((v) => v !== undefined) ? profile : undefined;
  const res = await api.applications.$post({ json: { ...application, listingId: params.id, profile: changed } });
  if (res.ok) throw redirect(`/applications/${(await res.json()).id}`);
  const body: unknown = await res
    .clone()
    .json()
    .catch(() => null);
  const problem = await readProblem(res, request);
  if (problem.code !== "dossier_incomplete") return replyFromProblem(problem, submission, { request });
  const refusals = refusalsOfProblem(body, request, postedCurrency(form));
  return refusedTogether(request, submission, refusals, problem.status);
}

export default function ListingApply({ loaderData, actionData }: Route.ComponentProps) {
  const missing = actionData?.result.error?.dossier ?? [];
  const t = useTranslations("applications.apply");
  const { checklist } = loaderData;
  const describe = useRequirementSentence(checklist.guarantors, checklist.listing.guarantorsRequired);
  const bidi = useIsolate();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {t("title", { title: bidi(loaderData.listing.title) })}
      </h1>
      <p className="text-slate-700">
        {t.rich("dossier", {
          documents: loaderData.documents.length,
          guarantors: loaderData.guarantors.length,
          link: (chunks) => (
            <Link to="/dossier" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {checklist.application ? <AlreadyApplied application={checklist.application} /> : null}
      {checklist.application ? null : <DossierChecklist checklist={checklist} />}
      {missing.length ? (
        <Alert tone="error" title={formErrorOf(actionData?.result)}>
          <ul className="list-disc ps-5" data-testid="missing">
            {missing.map((path) => (
              <li key={path}>{describe(path)}</li>
            ))}
          </ul>
          <Link to="/dossier" className={linkClass}>
            {t("complete")}
          </Link>
        </Alert>
      ) : null}
      {checklist.application ? null : (
        <Card>
          <ApplicationForm data={loaderData} lastResult={actionData?.result} showFormError={!missing.length} />
        </Card>
      )}
    </div>
  );
}

function ApplicationForm({
  data: { listing, guarantors, checklist },
  lastResult,
  showFormError,
}: {
  data: Route.ComponentProps["loaderData"];
  lastResult?: SubmissionResult<string[]>;
  showFormError: boolean;
}) {
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm<z.input<ReturnType<typeof applicationForm>>>({
    lastResult,
    // The listing's availability, or today on the place's calendar once that is past (the API's `moveInFrom`).
    defaultValue: { durationMonths: checklist.duration.default, moveInDate: checklist.listing.moveInFrom },
  });
  const profile = fields.profile.getFieldset();
  const t = useTranslations("applications.apply");
  const c = useTranslations("checklist");
  const formatLocale = useFormatLocale();
  const bidi = useIsolate();
  const { min, max } = checklist.duration;
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
      {showFormError ? <FormError message={formErrorOf(lastResult)} /> : null}
      <input type="hidden" name="currency" value={listing.currency} />
      <TextField label={t("moveIn")} field={fields.moveInDate} type="date" required />
      <TextField
        label={t("duration")}
        field={fields.durationMonths}
        type="number"
        min={min}
        max={max}
        required
        hint={c("durationRange", { min, max })}
      />
      <TextField
        label={c("income")}
        field={fields.incomeAmount}
        inputMode="decimal"
        hint={c("incomeHint")}
        className="sm:col-span-2"
      />
      {listing.rooms.length > 1 ? (
        <SelectField label={t("room")} field={fields.roomId} className="sm:col-span-2">
          {listing.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {t("roomOption", {
                name: bidi(r.name),
                amount: formatMoney(r.rentAmount, listing.currency, formatLocale),
                free: r.capacity - r.filled,
              })}
            </option>
          ))}
        </SelectField>
      ) : null}
      <GuarantorChoice guarantors={guarantors} name={fields.guarantorIds.name} legend={t("guarantors")} />
      <details className="sm:col-span-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("changeDetails")}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          <TextField label={t("phone")} field={profile.phone} type="tel" dir="ltr" />
          <TextField label={t("education")} field={profile.education} />
          <TextField label={t("budget")} field={profile.budgetAmount} inputMode="decimal" />
        </div>
      </details>
      <TextAreaField label={t("message")} field={fields.message} rows={3} maxLength={2000} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button disabled={busy}>{t("submit")}</Button>
      </div>
    </Form>
  );
}

/** The dossier's guarantors to join to the application, all ticked at first; nothing without any. */
function GuarantorChoice({
  guarantors,
  name,
  legend,
}: {
  guarantors: Route.ComponentProps["loaderData"]["guarantors"];
  name: string;
  legend: string;
}) {
  if (!guarantors.length) return null;
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {guarantors.map((g) => (
        <label key={g.id} className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" name={name} value={g.id} defaultChecked /> {g.name} ({g.relationship})
        </label>
      ))}
    </fieldset>
  );
}
