import { data, Link, useActionData, useNavigation } from "react-router";
import { ApartmentRoom } from "../components/apartment-room";
import { DocumentsPanel } from "../components/documents-panel";
import { LedgerPanel } from "../components/ledger-panel";
import { handleRentAction } from "../lib/rent-actions.server";
import { linkClass } from "../components/button";
import { getServer } from "../lib/context.server";
import { formatMoney } from "../../worker/lib/money";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/home-detail";

export function meta({ loaderData: data }: Route.MetaArgs) {
  return [
    { title: data ? `${data.apartment.address}, unit ${data.apartment.unitNumber} — Rentline` : "My home — Rentline" },
  ];
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if ((res.status as number) === 404) throw data("This home does not exist, or is not yours.", { status: 404 });
  if (!res.ok)
    throw data(((await res.json()) as { detail?: string }).detail ?? "Could not load your home", {
      status: res.status,
    });
  // A fresh Idempotency-Key per page view: resubmitting this form replays its checkout instead of starting another.
  return { ...(await res.json()), checkoutKey: `checkout-${crypto.randomUUID()}` };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  return (await handleRentAction(api, form)) ?? handleRoomAction(api, params.id, form);
}

export default function HomeDetail({ loaderData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat, documents, ledgers, onlinePayments, checkoutKey } = loaderData;
  const result = useActionData<typeof action>() as { rentError?: string } | undefined;
  const busy = useNavigation().state !== "idle";
  const ledger = ledgers[0];
  const lease = leases[0];
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link to="/homes" className={linkClass}>
            My homes
          </Link>{" "}
          · {apartment.orgName}
        </p>
        <h1 className="text-2xl font-semibold">
          {apartment.address}, unit {apartment.unitNumber}
        </h1>
        <p className="text-sm text-slate-700">{apartment.city}</p>
        {lease && (
          <p className="mt-1 text-sm text-slate-700">
            Rent {formatMoney(lease.rentAmount, lease.currency)}, due on day {lease.dueDay} · lease {lease.startDate} →{" "}
            {lease.endDate ?? "open-ended"} (<span className="capitalize">{lease.status}</span>)
          </p>
        )}
      </header>
      {ledger && (
        <LedgerPanel
          ledger={ledger}
          side="renter"
          onlinePayments={onlinePayments}
          checkoutKey={checkoutKey}
          busy={busy}
          error={result?.rentError}
        />
      )}
      <DocumentsPanel documents={documents} />
      <ApartmentRoom
        apartmentId={apartment.id}
        viewer={viewer}
        currency={lease?.currency ?? apartment.currency}
        activities={activities.results}
        messages={chat.messages}
        seq={chat.seq}
      />
    </main>
  );
}
