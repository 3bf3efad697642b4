import { data, Form, Link, useActionData, useNavigation } from "react-router";
import { Button, linkClass } from "../components/button";
import { StatusBadge } from "../components/documents-panel";
import { SelectField, TextField } from "../components/field";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatMoney, parseMoney } from "../lib/money";
import type { Route } from "./+types/manage-listings";

export const meta: Route.MetaFunction = () => [{ title: "Listings — Rentline" }];

/** The org's listings: create one for an apartment (with its places), publish, close, see applications. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const [listings, apartments] = await Promise.all([
    api.listings.$get({ query: { limit: "50" } }),
    api.apartments.$get({ query: { limit: "100" } }),
  ]);
  if (!listings.ok) return throwApiError(listings, request);
  if (!apartments.ok) return throwApiError(apartments, request);
  return { listings: await listings.json(), apartments: await apartments.json() };
}

const DOCS = ["id_card", "proof_of_study", "proof_of_income", "rib", "visa", "other"] as const;

/** "Room A, 1, 450" per line → rooms; a blank list means one place at the given rent. */
function parseRooms(text: string, rent: number) {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return [{ name: "Whole place", capacity: 1, rentAmount: rent }];
  return lines.map((line) => {
    const [name = "", capacity = "1", amount = ""] = line.split(",").map((p) => p.trim());
    return { name, capacity: Number(capacity), rentAmount: parseMoney(amount) ?? -1 };
  });
}

export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const url = new URL(request.url);
  if (url.searchParams.get("intent") === "photo") {
    // Streamed through to the API untouched (worker/lib/uploads.ts checks, downscales and stores it).
    const res = await api.listings[":id"].photos.$post(
      { param: { id: url.searchParams.get("listing") ?? "" } } as never,
      {
        init: { body: request.body, duplex: "half" } as RequestInit,
        headers: { "content-type": request.headers.get("content-type") ?? "" },
      },
    );
    return res.ok
      ? { photo: true }
      : data({ error: ((await res.json()) as { detail?: string }).detail }, { status: res.status });
  }
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "publish" || intent === "close") {
    const param = { id: String(form.get("listingId") ?? "") };
    const res =
      intent === "publish"
        ? await api.listings[":id"].publish.$post({ param })
        : await api.listings[":id"].close.$post({ param });
    return res.ok
      ? { ok: true }
      : data({ error: ((await res.json()) as { detail?: string }).detail }, { status: res.status });
  }
  const rent = parseMoney(String(form.get("rent") ?? ""));
  if (rent === null) return data({ error: "Rent: enter an amount like 650.00" }, { status: 400 });
  const res = await api.listings.$post({
    json: {
      apartmentId: String(form.get("apartmentId") ?? ""),
      title: String(form.get("title") ?? ""),
      description: String(form.get("description") ?? ""),
      city: String(form.get("city") ?? ""),
      address: String(form.get("address") ?? ""),
      type: String(form.get("type") ?? "flat") as "flat",
      chargesAmount: parseMoney(String(form.get("charges") || "0")) ?? 0,
      depositAmount: parseMoney(String(form.get("deposit") || "0")) ?? 0,
      availableFrom: String(form.get("availableFrom") ?? ""),
      guarantorsRequired: Number(form.get("guarantorsRequired") || 0),
      requiredDocuments: form.getAll("requiredDocuments").map(String) as (typeof DOCS)[number][],
      rooms: parseRooms(String(form.get("rooms") ?? ""), rent),
    },
  });
  if (res.ok) return { created: true };
  const problem = (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] };
  return data(
    { error: problem.errors?.map((e) => `${e.path}: ${e.message}`).join("; ") || problem.detail },
    { status: res.status },
  );
}

export default function ManageListings({ loaderData }: Route.ComponentProps) {
  const { listings, apartments } = loaderData;
  const result = useActionData<typeof action>() as { error?: string; created?: boolean; photo?: boolean } | undefined;
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <PageHeader
        title="Listings"
        subtitle="Publish your vacant places; applications arrive with a complete dossier."
      />
      {result?.photo && (
        <p role="status" className="mb-3 text-sm text-emerald-800">
          Photo added.
        </p>
      )}
      {listings.results.length === 0 ? (
        <EmptyState title="No listing yet">Create one below for a vacant apartment.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="my-listings">
          {listings.results.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <span className="min-w-0">
                <span className="block font-medium break-words">{l.title}</span>
                <span className="block text-sm text-slate-600">
                  {l.city} · {formatMoney(l.rentAmount, l.currency)} · <StatusBadge status={l.status} />
                </span>
              </span>
              <span className="flex flex-wrap items-center gap-3 text-sm">
                {l.status === "published" && (
                  <Link to={`/listings/${l.id}`} className={linkClass}>
                    Public page
                  </Link>
                )}
                <Form
                  method="post"
                  encType="multipart/form-data"
                  action={`/manage/listings?intent=photo&listing=${l.id}`}
                  className="flex items-center gap-2"
                >
                  <label className="sr-only" htmlFor={`photo-${l.id}`}>
                    Photo for {l.title}
                  </label>
                  <input
                    id={`photo-${l.id}`}
                    type="file"
                    name="file"
                    accept="image/jpeg,image/png,image/webp"
                    required
                    className="max-w-44 text-xs"
                  />
                  <Button variant="secondary" disabled={busy}>
                    Add photo
                  </Button>
                </Form>
                <Link to={`/manage/listings/${l.id}`} className={linkClass}>
                  Edit
                </Link>
                <Link to={`/manage/listings/${l.id}/applications`} className={linkClass}>
                  Applications
                </Link>
                <Form method="post">
                  <input type="hidden" name="listingId" value={l.id} />
                  <input type="hidden" name="intent" value={l.status === "published" ? "close" : "publish"} />
                  <Button variant="secondary" disabled={busy}>
                    {l.status === "published" ? "Close" : "Publish"}
                  </Button>
                </Form>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Form
        method="post"
        className="mt-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
        aria-label="New listing"
      >
        <h2 className="text-lg font-semibold sm:col-span-2">New listing</h2>
        <input type="hidden" name="intent" value="create" />
        <SelectField label="Apartment" name="apartmentId" required>
          {apartments.results.map((a) => (
            <option key={a.id} value={a.id}>
              Unit {a.unitNumber}
            </option>
          ))}
        </SelectField>
        <SelectField label="Type" name="type">
          <option value="flat">Flat</option>
          <option value="studio">Studio</option>
          <option value="room">Room in a shared flat</option>
          <option value="house">House</option>
        </SelectField>
        <TextField label="Title" name="title" required className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <label htmlFor="listing-description" className="block text-sm font-medium text-slate-800">
            Description
          </label>
          <textarea
            id="listing-description"
            name="description"
            required
            rows={4}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        <TextField label="City" name="city" required />
        <TextField label="Address" name="address" required />
        <TextField label="Rent" name="rent" inputMode="decimal" required />
        <TextField label="Charges" name="charges" inputMode="decimal" />
        <TextField label="Deposit" name="deposit" inputMode="decimal" />
        <TextField label="Available from" name="availableFrom" type="date" required />
        <TextField
          label="Guarantors required"
          name="guarantorsRequired"
          type="number"
          min={0}
          max={50}
          defaultValue={0}
        />
        <fieldset className="text-sm sm:col-span-2">
          <legend className="font-medium">Documents required</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {DOCS.map((d) => (
              <label key={d} className="flex items-center gap-1">
                <input type="checkbox" name="requiredDocuments" value={d} /> {d.replaceAll("_", " ")}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <label htmlFor="listing-rooms" className="block text-sm font-medium text-slate-800">
            Rooms of a shared flat (optional: one per line, "name, places, rent")
          </label>
          <textarea
            id="listing-rooms"
            name="rooms"
            rows={3}
            placeholder={"Room A, 1, 450.00\nRoom B, 2, 380.00"}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
        {result?.error && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-2">
            {result.error}
          </p>
        )}
        {result?.created && (
          <p role="status" className="text-sm text-emerald-800 sm:col-span-2">
            Listing created as a draft: publish it when ready.
          </p>
        )}
        <div className="sm:col-span-2">
          <Button disabled={busy}>Create listing</Button>
        </div>
      </Form>
    </>
  );
}
