import { Link, useNavigation, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { ApartmentRoom } from "../components/apartment-room";
import { ReceiptsNotice } from "../components/bank-transfer";
import { DocumentsPanel } from "../components/documents-panel";
import { LedgerPanel } from "../components/ledger-panel";
import { LeaveLease } from "../components/lease-end";
import { BalanceCard } from "../components/money/balance-card";
import { CheckoutReturn } from "../components/money/checkout-return";
import { PendingPayments } from "../components/money/pending-payments";
import { RentRevisionPanel } from "../components/rent-revision-panel";
import { SectionTabs } from "../components/ui/section-tabs";
import { endPlace } from "../lib/lease-actions.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { ButtonLink, linkClass } from "../components/button";
import { Wrench } from "lucide-react";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { nextDueOf, orgToday } from "../lib/money.server";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { useDueDay } from "./homes";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/home-detail";
import { translatedMeta } from "../i18n/meta";
import { useIsolate } from "../i18n/bidi";
import { useFormatLocale } from "../i18n/format-locale";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The renter's home, from one API read: it opens on the balance card (amount due, next rent, months, pay
 * online / "I've paid by transfer", receipts), then rent, chat, documents and the lease, one tap away each.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const room = await res.json();
  const t = translate(request, "homes");
  const title = pageTitle(request, t("address", { address: room.apartment.address, unit: room.apartment.unitNumber }));
  const today = orgToday(room.apartment.timezone);
  const lease = room.leases[0];
  const nextDue = lease && lease.status !== "ended" && lease.status !== "cancelled" ? nextDueOf(lease, today) : null;
  // A fresh Idempotency-Key per page view: resubmitting this form replays its checkout instead of starting another.
  return { ...room, title, today, nextDue, checkoutKey: `checkout-${crypto.randomUUID()}` };
}

/** Rent (pay online) and room intents (`payment`: "I've paid"), shared with the landlord's page; `leave-lease` for a co-renter. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "leave-lease") return endPlace(api, form, request, "leave-lease");
  return (await handleRentAction(api, form, request)) ?? handleRoomAction(api, params.id, form, request);
}

export default function HomeDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat, documents, ledgers, onlinePayments, checkoutKey } = loaderData;
  const busy = useNavigation().state !== "idle";
  // "I've paid by transfer" on /homes lands here with the form open.
  const openPaid = useSearchParams()[0].get("paid") === "1";
  const ledger = ledgers[0];
  const lease = leases[0];
  const t = useTranslations("homes");
  const tm = useTranslations("money");
  const tabs = useTranslations("money.apartment.tab");
  return (
    <div className="space-y-5">
      <HomeHeader data={loaderData} />
      <CheckoutReturn />
      <ReportProblem apartmentId={apartment.id} />
      <PendingPayments payments={loaderData.pendingPayments} viewer={viewer} title={tm("pending.renterTitle")} />
      {ledger && (
        <BalanceCard
          ledger={ledger}
          bank={loaderData.bankDetails}
          nextDue={loaderData.nextDue}
          today={loaderData.today}
          onlinePayments={onlinePayments}
          checkoutKey={checkoutKey}
          receiptsAvailable={loaderData.receiptsAvailable}
          canPay={viewer.canPost}
          openPaid={openPaid}
          waitingPeriods={loaderData.pendingPayments.filter((p) => p.leaseId === ledger.leaseId).map((p) => p.period)}
        />
      )}
      <SectionTabs
        label={tm("apartment.tabs")}
        tabs={[
          ...(ledger ? [{ id: "rent", label: tabs("rent") }] : []),
          { id: "chat", label: tabs("chat") },
          { id: "documents", label: tabs("documents") },
          ...(lease ? [{ id: "lease", label: tabs("lease") }] : []),
        ]}
      />
      {ledger && <RentSection data={loaderData} actionData={actionData} busy={busy} />}
      <div id="chat" className="scroll-mt-16">
        <ApartmentRoom
          apartmentId={apartment.id}
          viewer={viewer}
          currency={lease?.currency ?? apartment.currency}
          timeZone={apartment.timezone}
          activities={activities.results}
          messages={chat.messages}
          seq={chat.seq}
        />
      </div>
      <div id="documents" className="scroll-mt-16">
        <DocumentsPanel documents={documents} />
      </div>
      {lease && (
        <section
          id="lease"
          aria-labelledby="lease-title"
          className="scroll-mt-16 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="lease-title" className="text-lg font-semibold">
            {tabs("lease")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t(`status.${lease.status}`)}</p>
          {lease.status !== "ended" && (
            <LeaveLease leaseId={lease.id} error={formErrorOf(resultFor(actionData, "leave-lease"))} busy={busy} />
          )}
          {/* The renter reads their rent revisions and downloads each letter (the API decides what they may do). */}
          <RentRevisionPanel leaseId={lease.id} canManage={false} />
        </section>
      )}
    </div>
  );
}

/** The rent section: the receipts notice and the ledger's entries (the months are on the balance card). */
function RentSection({
  data,
  actionData,
  busy,
}: {
  data: Route.ComponentProps["loaderData"];
  actionData: Route.ComponentProps["actionData"];
  busy: boolean;
}) {
  const ledger = data.ledgers[0];
  if (!ledger) return null;
  return (
    <div id="rent" className="scroll-mt-16 space-y-3">
      <ReceiptsNotice overview={data} />
      <LedgerPanel
        ledger={ledger}
        side="renter"
        periods={false}
        busy={busy}
        replies={{ checkout: resultFor(actionData, "checkout") }}
      />
    </div>
  );
}

/** Where the home is (org, address, city) and its lease in one line: rent, due day, dates. */
function HomeHeader({ data }: { data: Route.ComponentProps["loaderData"] }) {
  const { apartment, leases } = data;
  const lease = leases[0];
  const t = useTranslations("homes");
  const formatLocale = useFormatLocale();
  const due = useDueDay();
  const bidi = useIsolate();
  return (
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
          {t("rentLine", {
            amount: formatMoney(lease.rentAmount + lease.chargesAmount, lease.currency, formatLocale),
            due: due(lease.dueDay),
          })}{" "}
          ·{" "}
          {lease.endDate
            ? t("leaseFromTo", {
                start: formatDate(lease.startDate, formatLocale),
                end: formatDate(lease.endDate, formatLocale),
              })
            : t("leaseFrom", { start: formatDate(lease.startDate, formatLocale) })}{" "}
          ({t(`status.${lease.status}`)})
        </p>
      )}
    </header>
  );
}

/** "Report a problem" (a repair: the form opens on its own page) and the renter's requests. */
function ReportProblem({ apartmentId }: { apartmentId: string }) {
  const t = useTranslations("homes.repairs");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ButtonLink to={`/homes/${apartmentId}/report`} variant="secondary" data-testid="report-problem">
        <Wrench aria-hidden="true" className="size-4" />
        {t("report")}
      </ButtonLink>
      <Link to="/repairs" className={`text-sm ${linkClass}`}>
        {t("all")}
      </Link>
    </div>
  );
}
