import { data, Form, Link, redirect, useActionData, useNavigation } from "react-router";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/documents-panel";
import { TextField } from "../components/field";
import { PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { parseMoney } from "../lib/money";
import type { Route } from "./+types/manage-listing";

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `Edit ${loaderData.title} — Rentline` : "Edit listing — Rentline" }];
}

/** Edit a listing's text, terms and photos (keep, order, remove), one API call each way. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.listings[":id"].$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const text = (k: string) => String(form.get(k) ?? "").trim();
  const money = (k: string) => parseMoney(text(k) || "0");
  if ([money("charges"), money("deposit")].includes(null))
    return data({ error: "Amounts: enter numbers like 650.00" }, { status: 400 });
  const res = await getServer(context).api.listings[":id"].$patch({
    param: { id: params.id },
    json: {
      title: text("title"),
      description: text("description"),
      city: text("city"),
      address: text("address"),
      chargesAmount: money("charges")!,
      depositAmount: money("deposit")!,
      availableFrom: text("availableFrom"),
      guarantorsRequired: Number(text("guarantorsRequired") || 0),
      // Photos to keep, in the order of their position fields.
      photoOrder: form
        .getAll("keep")
        .map(String)
        .sort((a, b) => Number(form.get(`position:${a}`) ?? 0) - Number(form.get(`position:${b}`) ?? 0)),
    },
  });
  if (res.ok) throw redirect("/manage/listings");
  const problem = (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] };
  return data(
    { error: problem.errors?.map((e) => `${e.path}: ${e.message}`).join("; ") || problem.detail },
    { status: res.status },
  );
}

export default function ManageListing({ loaderData: l }: Route.ComponentProps) {
  const result = useActionData<typeof action>() as { error?: string } | undefined;
  const busy = useNavigation().state !== "idle";
  const amount = (n: number) => (n / 100).toFixed(2);
  return (
    <>
      <PageHeader
        title={`Edit: ${l.title}`}
        subtitle={<StatusBadge status={l.status} />}
        breadcrumb={
          <Link to="/manage/listings" className={linkClass}>
            Listings
          </Link>
        }
      />
      <Form
        method="post"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
        aria-label="Edit listing"
      >
        <TextField label="Title" name="title" defaultValue={l.title} required className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <label htmlFor="edit-description" className="block text-sm font-medium text-slate-800">
            Description
          </label>
          <textarea
            id="edit-description"
            name="description"
            defaultValue={l.description}
            rows={5}
            required
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <TextField label="City" name="city" defaultValue={l.city} required />
        <TextField label="Address" name="address" defaultValue={l.address} required />
        <TextField label="Charges" name="charges" inputMode="decimal" defaultValue={amount(l.chargesAmount)} />
        <TextField label="Deposit" name="deposit" inputMode="decimal" defaultValue={amount(l.depositAmount)} />
        <TextField label="Available from" name="availableFrom" type="date" defaultValue={l.availableFrom} required />
        <TextField
          label="Guarantors required"
          name="guarantorsRequired"
          type="number"
          min={0}
          max={50}
          defaultValue={l.guarantorsRequired}
        />
        {l.photos.length > 0 && (
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium">Photos (untick to remove; the number sets the order)</legend>
            <ul className="mt-2 flex flex-wrap gap-3">
              {l.photos.map((p, i) => (
                <li key={p.id} className="w-36 space-y-1 text-sm">
                  <img src={p.url} alt={`Photo ${i + 1}`} className="h-24 w-36 rounded object-cover" />
                  <label className="flex items-center gap-1">
                    <input type="checkbox" name="keep" value={p.id} defaultChecked /> Keep
                  </label>
                  <label className="flex items-center gap-1">
                    Order{" "}
                    <input
                      name={`position:${p.id}`}
                      type="number"
                      min={1}
                      defaultValue={i + 1}
                      className="w-14 rounded border border-slate-300 px-1"
                    />
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {result?.error && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-2">
            {result.error}
          </p>
        )}
        <div className="sm:col-span-2">
          <Button disabled={busy}>Save changes</Button>
        </div>
      </Form>
    </>
  );
}
