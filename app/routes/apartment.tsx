import { data, Form, Link, useActionData, useNavigation } from "react-router";
import { ApartmentRoom } from "../components/apartment-room";
import { getServer } from "../lib/context.server";
import { formatMoney, parseMoney } from "../lib/money";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/apartment";

export function meta({ loaderData: data }: Route.MetaArgs) {
  return [{ title: data ? `Unit ${data.apartment.unitNumber}, ${data.apartment.propertyName} — Rentline` : "Apartment — Rentline" }];
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if ((res.status as number) === 404) throw data("This apartment does not exist, or is not yours.", { status: 404 });
  if (!res.ok) throw data(((await res.json()) as { detail?: string }).detail ?? "Could not load the apartment", { status: res.status });
  return res.json();
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "add-co-renter") {
    const res = await api.leases[":id"].renters.$post({ param: { id: String(form.get("leaseId") ?? "") }, json: { email: String(form.get("email") ?? "") } });
    if (res.ok) return { added: true };
    const problem = (await res.json()) as { detail?: string; errors?: { path: string; message: string }[] };
    return data({ error: problem.errors?.map((e) => e.message).join("; ") || problem.detail }, { status: res.status });
  }
  if (form.get("intent") !== "add-renter") return handleRoomAction(api, params.id, form);
  const rentAmount = parseMoney(String(form.get("rent") ?? ""));
  const deposit = String(form.get("deposit") ?? "").trim();
  const depositAmount = deposit ? parseMoney(deposit) : undefined;
  if (rentAmount === null || depositAmount === null) return data({ fieldErrors: { rent: rentAmount === null ? "Enter an amount like 850.00" : undefined, deposit: depositAmount === null ? "Enter an amount like 1700.00" : undefined } }, { status: 400 });
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
  return data({ error: problem.detail, fieldErrors: Object.fromEntries((problem.errors ?? []).map((e) => [e.path, e.message])) }, { status: res.status });
}

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500";

export default function ApartmentPage({ loaderData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat } = loaderData;
  const result = useActionData<typeof action>() as { added?: boolean; error?: string; fieldErrors?: Record<string, string | undefined> } | undefined;
  const busy = useNavigation().state !== "idle";
  const canManage = viewer.role === "owner" || viewer.role === "manager";
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">
            <Link to={`/properties/${apartment.propertyId}`} className="underline">
              {apartment.propertyName}
            </Link>{" "}
            · {apartment.address}, {apartment.city}
          </p>
          <h1 className="text-2xl font-semibold">Unit {apartment.unitNumber}</h1>
          <p className="text-sm text-slate-700">
            {apartment.roomsCount} room{apartment.roomsCount === 1 ? "" : "s"} · {formatMoney(apartment.rentAmount, apartment.currency)} / month
          </p>
        </div>
        {canManage && (
          <Link to={`/apartments/${apartment.id}/edit`} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
            Edit apartment
          </Link>
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
                  {l.startDate} → {l.endDate ?? "open-ended"} · {formatMoney(l.rentAmount, l.currency)} due on day {l.dueDay} · <span className="capitalize">{l.status}</span>
                </p>
                <p className="text-slate-600">{l.renters.map((r) => `${r.name ?? r.email}${r.joinedAt ? "" : " (invited)"}`).join(", ")}</p>
                {canManage && l.status !== "ended" && (
                  <Form method="post" className="mt-2 flex flex-wrap items-end gap-2" aria-label={`Add a co-renter to the lease from ${l.startDate}`}>
                    <input type="hidden" name="intent" value="add-co-renter" />
                    <input type="hidden" name="leaseId" value={l.id} />
                    <div>
                      <label htmlFor={`co-renter-${l.id}`} className="block text-xs font-medium">
                        Co-renter email
                      </label>
                      <input id={`co-renter-${l.id}`} name="email" type="email" required className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm" />
                    </div>
                    <button disabled={busy} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium">
                      Invite co-renter
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
        )}
        {canManage && (
          <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-3" aria-label="Add a renter">
            <input type="hidden" name="intent" value="add-renter" />
            <div className="sm:col-span-3">
              <label htmlFor="renterEmail" className="block text-sm font-medium">
                Renter email
              </label>
              <input id="renterEmail" name="renterEmail" type="email" required className={input} />
              {result?.fieldErrors?.renterEmail && <p className="text-sm text-red-700">{result.fieldErrors.renterEmail}</p>}
            </div>
            <div>
              <label htmlFor="startDate" className="block text-sm font-medium">
                Lease start
              </label>
              <input id="startDate" name="startDate" type="date" required className={input} />
              {result?.fieldErrors?.startDate && <p className="text-sm text-red-700">{result.fieldErrors.startDate}</p>}
            </div>
            <div>
              <label htmlFor="endDate" className="block text-sm font-medium">
                Lease end (optional)
              </label>
              <input id="endDate" name="endDate" type="date" className={input} />
              {result?.fieldErrors?.endDate && <p className="text-sm text-red-700">{result.fieldErrors.endDate}</p>}
            </div>
            <div>
              <label htmlFor="dueDay" className="block text-sm font-medium">
                Rent due day
              </label>
              <input id="dueDay" name="dueDay" type="number" min={1} max={28} defaultValue={1} required className={input} />
              {result?.fieldErrors?.dueDay && <p className="text-sm text-red-700">{result.fieldErrors.dueDay}</p>}
            </div>
            <div>
              <label htmlFor="rent" className="block text-sm font-medium">
                Rent ({apartment.currency})
              </label>
              <input id="rent" name="rent" inputMode="decimal" defaultValue={(apartment.rentAmount / 100).toFixed(2)} required className={input} />
              {(result?.fieldErrors?.rent || result?.fieldErrors?.rentAmount) && <p className="text-sm text-red-700">{result.fieldErrors.rent ?? result.fieldErrors.rentAmount}</p>}
            </div>
            <div>
              <label htmlFor="deposit" className="block text-sm font-medium">
                Deposit (optional)
              </label>
              <input id="deposit" name="deposit" inputMode="decimal" className={input} />
              {result?.fieldErrors?.deposit && <p className="text-sm text-red-700">{result.fieldErrors.deposit}</p>}
            </div>
            <div className="flex items-end">
              <button disabled={busy} className="w-full rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500">
                Add renter
              </button>
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

      <ApartmentRoom apartmentId={apartment.id} viewer={viewer} currency={apartment.currency} activities={activities.results} messages={chat.messages} seq={chat.seq} />
    </main>
  );
}
