import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { z } from "zod";
import { formatMoney } from "../../worker/lib/money";
import { Alert, FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { SelectField, TextAreaField, TextField } from "../components/field";
import { Card } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { applyInput } from "../../worker/applications/contract";
import { getServer } from "../lib/context.server";
import { formErrorOf, type FormReply } from "../lib/forms";
import { formMessages, moneyInput, parseSubmission, postedCurrency, refused } from "../lib/forms.server";
import type { Route } from "./+types/listing-apply";

export const meta: Route.MetaFunction = () => [{ title: "Apply — Rentline" }];

/** Applying with the dossier: choose guarantors, dates and a message; what the listing needs and the dossier lacks is listed. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const [res, listing] = await Promise.all([
    api.me.dossier.$get(),
    api.public.listings[":id"].$get({ param: { id: params.id } }),
  ]);
  if (!res.ok) return throwApiError(res, request);
  if (!listing.ok) return throwApiError(listing, request);
  const { title, rooms, currency } = await listing.json();
  return { ...(await res.json()), listing: { title, currency, rooms: rooms.filter((r) => r.filled < r.capacity) } };
}

/** The application form: the API's input, the budget typed as money in the listing's currency. */
function applicationForm(currency: string) {
  const overrides = applyInput.shape.profile.unwrap();
  const budget = overrides.shape.budgetAmount.unwrap();
  return applyInput.omit({ listingId: true }).extend({
    profile: overrides.extend({ budgetAmount: moneyInput(currency).pipe(budget).optional() }).optional(),
  });
}
const messages = formMessages({
  moveInDate: "Enter the move-in date",
  durationMonths: { required: "Enter a duration in months" },
});

/**
 * Applies (POST /api/applications) and opens the application. Details changed for this application only
 * (phone, education, budget) travel as `profile`; the dossier itself stays as it is. A dossier that does not
 * meet the listing's requirements comes back as the list of what is `missing`.
 */
export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const submission = parseSubmission(form, applicationForm(postedCurrency(form)), messages);
  if (submission.status !== "success") return refused(submission);
  const { profile, ...application } = submission.value;
  const changed = profile && Object.values(profile).some((v) => v !== undefined) ? profile : undefined;
  const res = await getServer(context).api.applications.$post({
    json: { ...application, listingId: params.id, profile: changed },
  });
  if (res.ok) throw redirect(`/applications/${(await res.json()).id}`);
  const problem = await readProblem(res);
  if (problem.code !== "dossier_incomplete") return replyFromProblem(problem, submission, { request });
  // What the dossier lacks, listed under its own name (not a field of this form).
  const formErrors = ["Your dossier does not meet this listing's requirements yet:"];
  const fieldErrors = { dossier: problem.errors.map((e) => e.message) };
  return data<FormReply>({ result: submission.reply({ formErrors, fieldErrors }) }, { status: problem.status });
}

export default function ListingApply({ loaderData, actionData }: Route.ComponentProps) {
  const missing = actionData?.result.error?.dossier ?? [];
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Apply: {loaderData.listing.title}</h1>
      <p className="text-slate-700">
        Your{" "}
        <Link to="/dossier" className={linkClass}>
          dossier
        </Link>{" "}
        goes with your application: {loaderData.documents.length} document(s), {loaderData.guarantors.length}{" "}
        guarantor(s).
      </p>
      {missing.length ? (
        <Alert tone="error" title={formErrorOf(actionData?.result)}>
          <ul className="list-disc ps-5" data-testid="missing">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <Link to="/dossier" className={linkClass}>
            Complete my dossier
          </Link>
        </Alert>
      ) : null}
      <Card>
        <ApplicationForm data={loaderData} lastResult={actionData?.result} showFormError={!missing.length} />
      </Card>
    </div>
  );
}

function ApplicationForm({
  data: { listing, guarantors },
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
    defaultValue: { durationMonths: 12 },
  });
  const profile = fields.profile.getFieldset();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
      {showFormError ? <FormError message={formErrorOf(lastResult)} /> : null}
      <input type="hidden" name="currency" value={listing.currency} />
      <TextField label="Move-in date" field={fields.moveInDate} type="date" required />
      <TextField label="Duration (months)" field={fields.durationMonths} type="number" min={1} max={120} required />
      {listing.rooms.length > 1 ? (
        <SelectField label="Room" field={fields.roomId} className="sm:col-span-2">
          {listing.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}: {formatMoney(r.rentAmount, listing.currency)} a month, {r.capacity - r.filled} free
            </option>
          ))}
        </SelectField>
      ) : null}
      {guarantors.length ? (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">Guarantors</legend>
          {guarantors.map((g) => (
            <label key={g.id} className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name={fields.guarantorIds.name} value={g.id} defaultChecked /> {g.name} (
              {g.relationship})
            </label>
          ))}
        </fieldset>
      ) : null}
      <details className="sm:col-span-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-800">
          Change some details for this application only
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          <TextField label="Phone" field={profile.phone} type="tel" />
          <TextField label="Education" field={profile.education} />
          <TextField label="Monthly budget" field={profile.budgetAmount} inputMode="decimal" />
        </div>
      </details>
      <TextAreaField
        label="Message to the landlord"
        field={fields.message}
        rows={3}
        maxLength={2000}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <Button disabled={busy}>Send my application</Button>
      </div>
    </Form>
  );
}
