import { Link, useNavigation } from "react-router";
import { ApartmentRoom } from "../components/apartment-room";
import { BankTransfer, ReceiptsNotice } from "../components/bank-transfer";
import { DocumentsPanel } from "../components/documents-panel";
import { LedgerPanel } from "../components/ledger-panel";
import { LeaveLease } from "../components/lease-end";
import { RentRevisionPanel } from "../components/rent-revision-panel";
import { endPlace } from "../lib/lease-actions.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { linkClass } from "../components/button";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { formatMoney } from "../../worker/lib/money";
import { dueDayText } from "../../worker/lib/date-input";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/home-detail";

export function meta({ loaderData: data }: Route.MetaArgs) {
  return [
    { title: data ? `${data.apartment.address}, unit ${data.apartment.unitNumber} — Rentline` : "My home — Rentline" },
  ];
}

/** The renter's home: lease, rent (pay online), agreements and the live room, from one API read. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  // A fresh Idempotency-Key per page view: resubmitting this form replays its checkout instead of starting another.
  return { ...(await res.json()), checkoutKey: `checkout-${crypto.randomUUID()}` };
}

/** Rent (pay online) and room intents, shared with the landlord's apartment page; `leave-lease` for a co-renter. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "leave-lease") return endPlace(api, form, request, "leave-lease");
  return (await handleRentAction(api, form, request)) ?? handleRoomAction(api, params.id, form, request);
}

export default function HomeDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat, documents, ledgers, onlinePayments, checkoutKey } = loaderData;
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
            Rent {formatMoney(lease.rentAmount, lease.currency)}, {dueDayText(lease.dueDay)} · lease {lease.startDate} →{" "}
            {lease.endDate ?? "open-ended"} (<span className="capitalize">{lease.status}</span>)
          </p>
        )}
        {lease && lease.status !== "ended" && (
          <LeaveLease leaseId={lease.id} error={formErrorOf(resultFor(actionData, "leave-lease"))} busy={busy} />
        )}
        {/* The renter reads their rent revisions and downloads each letter (the API decides what they may do). */}
        {lease && <RentRevisionPanel leaseId={lease.id} canManage={false} />}
      </header>
      <BankTransfer bank={loaderData.bankDetails} reference={ledger?.transferReference} />
      {ledger && <ReceiptsNotice overview={loaderData} />}
      {ledger && (
        <LedgerPanel
          ledger={ledger}
          side="renter"
          onlinePayments={onlinePayments}
          checkoutKey={checkoutKey}
          busy={busy}
          replies={{ checkout: resultFor(actionData, "checkout") }}
        />
      )}
      <DocumentsPanel documents={documents} />
      <ApartmentRoom
        apartmentId={apartment.id}
        viewer={viewer}
        currency={lease?.currency ?? apartment.currency}
        timeZone={apartment.timezone}
        activities={activities.results}
        messages={chat.messages}
        seq={chat.seq}
      />
    </main>
  );
}
