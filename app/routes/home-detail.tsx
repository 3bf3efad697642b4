import { Suspense } from "react";
import { Link, useNavigation, useSearchParams } from "react-router";
import { useTranslations } from "use-intl";
import { ReceiptsNotice } from "../components/money/receipts-notice";
import { HomeHeader } from "../components/home-header";
import { HomeTabs, useHomeTab } from "../components/home-tabs";
import { BalanceCard } from "../components/money/balance-card";
import { CheckoutReturn } from "../components/money/checkout-return";
import { PendingPayments } from "../components/money/pending-payments";
import { Disclosure } from "../components/ui/disclosure";
import { Loading } from "../components/ui/loading";
import { useMoneyLive } from "../components/use-money-live";
import { lazyPart } from "../lib/lazy-part";
import { ledgerEntriesPart } from "../components/ledger-entries-part";
import { endPlace } from "../lib/lease-actions.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { ButtonLink, linkClass } from "../components/button";
import { Icon } from "../components/ui/icon";
import { throwApiError } from "../lib/api.server";
import { pageTitle } from "../i18n/page-title.server";
import { translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { nextDueOf, orgToday } from "../lib/money.server";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/home-detail";
import { translatedMeta } from "../i18n/meta";

// The tabs but Rent load their code when opened (issue 17 §5: a renter's phone first loads the balance
// card's), the live room's with Chat. A tab's URL opened directly is rendered by the server, and the browser
// hydrates once its code has arrived (app/lib/lazy-part.tsx).
const Chat = lazyPart("home.chat", () => import("../components/apartment-room").then((m) => m.ApartmentRoom));
const Documents = lazyPart("home.documents", () =>
  import("../components/documents-panel").then((m) => m.DocumentsPanel),
);
const Lease = lazyPart("home.lease", () => import("../components/home-lease").then((m) => m.HomeLease));
// The ledger's entries open when asked (most visits need the balance card only).
const { Part: LedgerEntries } = ledgerEntriesPart;

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

/**
 * The renter's home, from one API read: where it is and its lease in a line, "Report a problem", then one tab
 * at a time, named by `?tab=` (app/components/home-tabs.tsx): Rent (the balance card: amount due, next rent,
 * months, pay online / "I've paid by transfer", receipts; then the ledger's entries when asked), Chat (the
 * feed and the chat, live while shown), Documents and Lease.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const room = await res.json();
  const t = translate(request, "homes");
  const title = pageTitle(request, t("address", { address: room.apartment.address, unit: room.apartment.unitNumber }));
  const today = orgToday(room.apartment.timezone);
  const lease = room.leases[0];
  const nextDue = lease && lease.status !== "ended" && lease.status !== "cancelled" ? nextDueOf(lease, today) : null;
  // A fresh Idempotency-Key per page view: resubmitting this form replays its checkout instead of starting another.
  return { ...room, readAt, title, today, nextDue, checkoutKey: `checkout-${crypto.randomUUID()}` };
}

/** Rent (pay online) and room intents (`payment`: "I've paid"), shared with the landlord's page; `leave-lease` for a co-renter. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  if (form.get("intent") === "leave-lease") return endPlace(api, form, request, "leave-lease");
  return (await handleRentAction(api, form, request)) ?? handleRoomAction(api, params.id, form, request);
}

export default function HomeDetail({ loaderData, actionData }: Route.ComponentProps) {
  const { apartment, viewer, leases, activities, chat, documents } = loaderData;
  const busy = useNavigation().state !== "idle";
  const lease = leases[0];
  const tab = useHomeTab(lease !== undefined);
  const label = useTranslations("homes.tabs");
  return (
    <div className="space-y-5">
      <HomeHeader data={loaderData} />
      <CheckoutReturn />
      <ReportProblem apartmentId={apartment.id} />
      <HomeTabs current={tab} hasLease={lease !== undefined} />
      <div role="region" aria-label={label(tab)} data-testid={`tab-${tab}`} className="space-y-5">
        <Suspense fallback={<Loading />}>
          {tab === "rent" && <RentTab data={loaderData} actionData={actionData} />}
          {tab === "chat" && (
            <Chat.Part
              activities={activities.results}
              messages={chat.messages}
              seq={chat.seq}
              readAt={loaderData.readAt}
              apartmentId={apartment.id}
              viewer={viewer}
              currency={lease?.currency ?? apartment.currency}
              timeZone={apartment.timezone}
            />
          )}
          {tab === "documents" && <Documents.Part documents={documents} />}
          {tab === "lease" && lease && (
            <Lease.Part lease={lease} error={formErrorOf(resultFor(actionData, "leave-lease"))} busy={busy} />
          )}
        </Suspense>
      </div>
    </div>
  );
}

/**
 * The Rent tab: payments waiting for the landlord, the balance card (what is owed, pay online, "I've paid by
 * transfer", the months and their receipts), the receipts notice and, when asked, the ledger's entries.
 */
function RentTab({
  data,
  actionData,
}: {
  data: Route.ComponentProps["loaderData"];
  actionData: Route.ComponentProps["actionData"];
}) {
  const { viewer } = data;
  const ledger = data.ledgers[0];
  // The money follows live (the feed and chat's code come with Chat).
  useMoneyLive(data.apartment.id, data.readAt);
  // "I've paid by transfer" on /homes lands here with the form open.
  const openPaid = useSearchParams()[0].get("paid") === "1";
  const t = useTranslations("homes");
  const tm = useTranslations("money");
  return (
    <>
      <PendingPayments payments={data.pendingPayments} viewer={viewer} title={tm("pending.renterTitle")} />
      {ledger ? (
        <>
          <BalanceCard
            ledger={ledger}
            bank={data.bankDetails}
            nextDue={data.nextDue}
            today={data.today}
            onlinePayments={data.onlinePayments}
            checkoutKey={data.checkoutKey}
            receiptsAvailable={data.receiptsAvailable}
            canPay={viewer.canPost}
            openPaid={openPaid}
            waitingPeriods={data.pendingPayments.filter((p) => p.leaseId === ledger.leaseId).map((p) => p.period)}
            checkoutError={formErrorOf(resultFor(actionData, "checkout"))}
          />
          <ReceiptsNotice overview={data} />
          {ledger.entries.length > 0 && (
            <Disclosure summary={tm("balance.entries", { count: ledger.entries.length })} testId="ledger">
              <div className="rounded-xl border border-slate-200 bg-white px-4 py-2">
                <LedgerEntries ledger={ledger} timeZone={data.apartment.timezone} />
              </div>
            </Disclosure>
          )}
        </>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          {t("noRent")}
        </p>
      )}
    </>
  );
}

/** "Report a problem" (a repair: the form opens on its own page) and the renter's requests. */
function ReportProblem({ apartmentId }: { apartmentId: string }) {
  const t = useTranslations("homes.repairs");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ButtonLink to={`/homes/${apartmentId}/report`} variant="secondary" data-testid="report-problem">
        <Icon name="wrench" className="size-4" />
        {t("report")}
      </ButtonLink>
      <Link to="/repairs" className={`text-sm ${linkClass}`}>
        {t("all")}
      </Link>
    </div>
  );
}
