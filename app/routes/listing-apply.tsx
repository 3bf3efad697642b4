import { data, Form, Link, redirect, useNavigation } from "react-router";
import { Alert, FormError } from "../components/alert";
import { Button, linkClass } from "../components/button";
import { SelectField, TextField } from "../components/field";
import { formatMoney, parseMoney } from "../lib/money";
import { Card } from "../components/page";
import { readProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
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
  if (!listing.ok) throw data("This listing does not exist or is no longer published.", { status: 404 });
  const { title, rooms, currency } = await listing.json();
  return { ...(await res.json()), listing: { title, currency, rooms: rooms.filter((r) => r.filled < r.capacity) } };
}

function overrides(values: Record<string, string>) {
  const budget = values.budget ? parseMoney(values.budget) : null;
  const profile = {
    phone: values.phone || undefined,
    education: values.education || undefined,
    budgetAmount: budget ?? undefined,
  };
  return Object.values(profile).some((v) => v !== undefined) ? profile : undefined;
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const values = Object.fromEntries([...form].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const res = await getServer(context).api.applications.$post({
    json: {
      listingId: params.id,
      roomId: values.roomId || undefined,
      moveInDate: values.moveInDate ?? "",
      durationMonths: Number(values.durationMonths || 0),
      guarantorIds: form.getAll("guarantorIds").map(String),
      message: values.message || undefined,
      // Details changed for this application only; the dossier itself stays as it is.
      profile: overrides(values),
    },
  });
  if (res.ok) throw redirect(`/applications/${(await res.json()).id}`);
  const problem = await readProblem(res);
  if (problem.status === 401) throw redirect(`/login?next=${encodeURIComponent(`/listings/${params.id}/apply`)}`);
  const missing = problem.code === "dossier_incomplete" ? (problem.errors ?? []).map((e) => e.message) : [];
  return data(
    {
      formError: missing.length ? "Your dossier does not meet this listing's requirements yet:" : problem.detail,
      missing,
      values,
    },
    { status: problem.status },
  );
}

export default function ListingApply({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const values = actionData?.values ?? {};
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
      {actionData?.missing?.length ? (
        <Alert tone="error" title={actionData.formError}>
          <ul className="list-disc pl-5" data-testid="missing">
            {actionData.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <Link to="/dossier" className={linkClass}>
            Complete my dossier
          </Link>
        </Alert>
      ) : null}
      <Card>
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          {actionData?.missing?.length ? null : <FormError message={actionData?.formError} />}
          <TextField label="Move-in date" name="moveInDate" type="date" defaultValue={values.moveInDate} required />
          <TextField
            label="Duration (months)"
            name="durationMonths"
            type="number"
            min={1}
            max={120}
            defaultValue={values.durationMonths ?? "12"}
            required
          />
          {loaderData.listing.rooms.length > 1 ? (
            <SelectField label="Room" name="roomId" defaultValue={values.roomId} className="sm:col-span-2">
              {loaderData.listing.rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}: {formatMoney(r.rentAmount, loaderData.listing.currency)} a month, {r.capacity - r.filled}{" "}
                  free
                </option>
              ))}
            </SelectField>
          ) : null}
          {loaderData.guarantors.length ? (
            <fieldset className="sm:col-span-2">
              <legend className="text-sm font-medium text-slate-800">Guarantors</legend>
              {loaderData.guarantors.map((g) => (
                <label key={g.id} className="mt-1 flex items-center gap-2 text-sm">
                  <input type="checkbox" name="guarantorIds" value={g.id} defaultChecked /> {g.name} ({g.relationship})
                </label>
              ))}
            </fieldset>
          ) : null}
          <details className="sm:col-span-2">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              Change some details for this application only
            </summary>
            <div className="mt-2 grid gap-3 sm:grid-cols-3">
              <TextField label="Phone" name="phone" type="tel" defaultValue={values.phone} />
              <TextField label="Education" name="education" defaultValue={values.education} />
              <TextField label="Monthly budget" name="budget" inputMode="decimal" defaultValue={values.budget} />
            </div>
          </details>
          <label className="text-sm font-medium text-slate-800 sm:col-span-2" htmlFor="message">
            Message to the landlord
            <textarea
              id="message"
              name="message"
              rows={3}
              maxLength={2000}
              defaultValue={values.message}
              className="mt-1 w-full rounded-md border border-slate-300 p-2 font-normal"
            />
          </label>
          <div className="sm:col-span-2">
            <Button disabled={busy}>Send my application</Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
