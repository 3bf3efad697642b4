import { data, Form, Link, redirect, useActionData, useNavigation } from "react-router";
import { TEMPLATES } from "../../worker/documents/templates";
import { DocumentsPanel } from "../components/documents-panel";
import { LedgerPanel } from "../components/ledger-panel";
import { handleRentAction } from "../lib/rent-actions.server";
import { ApartmentRoom } from "../components/apartment-room";
import { Button, ButtonLink, linkClass } from "../components/button";
import { TextField } from "../components/field";
import { getServer } from "../lib/context.server";
import { formatMoney, parseMoney } from "../../worker/lib/money";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/apartment";

export function meta({ loaderData: data }: Route.MetaArgs) {
  return [
    {
      title: data
        ? `Unit ${data.apartment.unitNumber}, ${data.apartment.propertyName} — Rentline`
        : "Apartment — Rentline",
    },
  ];
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if ((res.status as number) === 404) throw data("This apartment does not exist, or is not yours.", { status: 404 });
  if (!res.ok)
    throw data(((await res.json()) as { detail?: string }).detail ?? "Could not load the apartment", {
      status: res.status,
    });
  return { ...(await res.json()), templates: TEMPLATES.map(({ name, title }) => ({ name, title })) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "add-co-renter") {
    const res = await api.leases[":id"].renters.$post({
      param: { id: String(form.get("leaseId") ?? "") },
      json: { email: String(form.get("email") ?? "") },
    });
    if (res.ok) return { added: true };
    const problem = (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] };
    return data({ error: problem.errors?.map((e) => e.message).join("; ") || problem.detail }, { status: res.status });
  }
  const rent = await handleRentAction(api, form);
  if (rent) return rent;
  if (form.get("intent") === "create-document") {
    const res = await api.leases[":id"].documents.$post({
      param: { id: String(form.get("leaseId") ?? "") },
      json: { templateName: String(form.get("templateName") ?? "") } as never,
    });
    if (res.ok) return redirect(`/documents/${(await res.json()).document.id}`);
    const problem = (await res.json()) as { detail?: string };
    return data({ error: problem.detail ?? "Could not create the agreement" }, { status: res.status });
  }
  if (form.get("intent") !== "add-renter") return handleRoomAction(api, params.id, form);
  const rentAmount = parseMoney(String(form.get("rent") ?? ""));
  const deposit = String(form.get("deposit") ?? "").trim();
  const depositAmount = deposit ? parseMoney(deposit) : undefined;
  if (rentAmount === null || depositAmount === null)
    return data(
      {
        fieldErrors: {
          rent: rentAmount === null ? "Enter an amount like 850.00" : undefined,
          deposit: depositAmount === null ? "Enter an amount like 1700.00" : undefined,
        },
      },
      { status: 400 },
    );
  const res = await api.apartments[":id"].leases.$post({
    param: { id: params.id },
    json: {
      renterEmail: String(form.get("renterEmail") ?? ""),
      startDate: String(form.get("startDate") ?? ""),
      endDate: String(form.get("endDate") ?? "") || undefined,
      rentAmount,
      dueDay: Number(form.get("dueDay")),
      depositAmount,
    },
  });
  if (res.ok) return { added: true };
  const problem = (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] };
  return data(
    { error: problem.detail, fieldErrors: Object.fromEntries((problem.errors ?? []).map((e) => [e.path, e.message])) },
    { status: res.status },
  );
}

export default function ApartmentPage({ loaderData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat, documents, templates, ledgers } = loaderData;
  const result = useActionData<typeof action>() as
    | { added?: boolean; error?: string; rentError?: string; fieldErrors?: Record<string, string | undefined> }
    | undefined;
  const busy = useNavigation().state !== "idle";
  const canManage = viewer.role === "owner" || viewer.role === "manager";
  const errors = result?.fieldErrors ?? {};
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            <Link to={`/properties/${apartment.propertyId}`} className={linkClass}>
              {apartment.propertyName}
            </Link>{" "}
            · {apartment.address}, {apartment.city}
          </p>
          <h1 className="text-2xl font-semibold">Unit {apartment.unitNumber}</h1>
          <p className="text-sm text-slate-700">
            {apartment.roomsCount} room{apartment.roomsCount === 1 ? "" : "s"} ·{" "}
            {formatMoney(apartment.rentAmount, apartment.currency)} / month
          </p>
        </div>
        {canManage && (
          <ButtonLink to={`/apartments/${apartment.id}/edit`} variant="secondary">
            Edit apartment
          </ButtonLink>
        )}
      </header>

      <section aria-labelledby="leases-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="leases-title" className="text-lg font-semibold">
          Renters and leases
        </h2>
        {leases.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">No lease yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {leases.map((l) => (
              <li key={l.id} className="py-2 text-sm">
                <p className="font-medium">
                  {l.startDate} → {l.endDate ?? "open-ended"} · {formatMoney(l.rentAmount, l.currency)} due on day{" "}
                  {l.dueDay} · <span className="capitalize">{l.status}</span>
                </p>
                <p className="text-slate-600">
                  {l.renters.map((r) => `${r.name ?? r.email}${r.joinedAt ? "" : " (invited)"}`).join(", ")}
                </p>
                {canManage && l.status !== "ended" && (
                  <Form
                    method="post"
                    className="mt-2 flex flex-wrap items-end gap-2"
                    aria-label={`Add a co-renter to the lease from ${l.startDate}`}
                  >
                    <input type="hidden" name="intent" value="add-co-renter" />
                    <input type="hidden" name="leaseId" value={l.id} />
                    <div>
                      <label htmlFor={`co-renter-${l.id}`} className="block text-xs font-medium">
                        Co-renter email
                      </label>
                      <input
                        id={`co-renter-${l.id}`}
                        name="email"
                        type="email"
                        required
                        className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
                      />
                    </div>
                    <Button variant="secondary" disabled={busy}>
                      Invite co-renter
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        {canManage && (
          <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-3" aria-label="Add a renter">
            <input type="hidden" name="intent" value="add-renter" />
            <TextField
              label="Renter email"
              name="renterEmail"
              type="email"
              required
              error={errors.renterEmail}
              className="sm:col-span-3"
            />
            <TextField label="Lease start" name="startDate" type="date" required error={errors.startDate} />
            <TextField label="Lease end (optional)" name="endDate" type="date" error={errors.endDate} />
            <TextField
              label="Rent due day"
              name="dueDay"
              type="number"
              min={1}
              max={28}
              defaultValue={1}
              required
              error={errors.dueDay}
            />
            <TextField
              label={`Rent (${apartment.currency})`}
              name="rent"
              inputMode="decimal"
              defaultValue={(apartment.rentAmount / 100).toFixed(2)}
              required
              error={errors.rent ?? errors.rentAmount}
            />
            <TextField
              label="Deposit (optional)"
              name="deposit"
              inputMode="decimal"
              error={errors.deposit ?? errors.depositAmount}
            />
            <div className="flex items-end">
              <Button disabled={busy} className="w-full">
                Add renter
              </Button>
            </div>
            {result?.error && (
              <p role="alert" className="text-sm text-red-700 sm:col-span-3">
                {result.error}
              </p>
            )}
            {result?.added && (
              <p role="status" className="text-sm text-emerald-800 sm:col-span-3">
                Invitation sent.
              </p>
            )}
          </Form>
        )}
      </section>

      {ledgers[0] && leases[0]?.status !== "ended" && (
        <LedgerPanel ledger={ledgers[0]} side="landlord" canManage={canManage} busy={busy} error={result?.rentError} />
      )}

      <DocumentsPanel documents={documents} leases={leases} templates={templates} canCreate={canManage} busy={busy} />

      <ApartmentRoom
        apartmentId={apartment.id}
        viewer={viewer}
        currency={apartment.currency}
        activities={activities.results}
        messages={chat.messages}
        seq={chat.seq}
      />
    </main>
  );
}
