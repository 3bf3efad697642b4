import { Link, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
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
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { useDueDay } from "./homes";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/home-detail";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/** The renter's home: lease, rent (pay online), agreements and the live room, from one API read. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const room = await res.json();
  const t = translate(request, "homes");
  const title = pageTitle(request, t("address", { address: room.apartment.address, unit: room.apartment.unitNumber }));
  // A fresh Idempotency-Key per page view: resubmitting this form replays its checkout instead of starting another.
  return { ...room, title, checkoutKey: `checkout-${crypto.randomUUID()}` };
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
  const t = useTranslations("homes");
  const locale = useLocale();
  const due = useDueDay();
  const bidi = useIsolate();
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link to="/homes" className={linkClass}>
            {t("pageTitle")}
          </Link>{" "}
          · {apartment.orgName}
        </p>
        <h1 className="text-2xl font-semibold">
          {t("address", { address: bidi(apartment.address), unit: bidi(apartment.unitNumber) })}
        </h1>
        <p className="text-sm text-slate-700">{apartment.city}</p>
        {lease && (
          <p className="mt-1 text-sm text-slate-700">
            {t("rentLine", { amount: formatMoney(lease.rentAmount, lease.currency, locale), due: due(lease.dueDay) })} ·{" "}
            {lease.endDate
              ? t("leaseFromTo", { start: formatDate(lease.startDate, locale), end: formatDate(lease.endDate, locale) })
              : t("leaseFrom", { start: formatDate(lease.startDate, locale) })}{" "}
            ({t(`status.${lease.status}`)})
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
