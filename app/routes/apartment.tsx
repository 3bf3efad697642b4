import { useState } from "react";
import { useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { TEMPLATES } from "../../worker/documents/templates";
import { translate } from "../i18n/translate.server";
import { ApartmentGlance } from "../components/apartment-glance";
import { ApartmentRoomView } from "../components/apartment-room";
import { useApartmentRoom } from "../components/use-room";
import { PaymentForm } from "../components/money/payment-form";
import { Disclosure } from "../components/ui/disclosure";
import { ApartmentMaintenance } from "../components/apartment-maintenance";
import { ApartmentTabs, OverviewPanel, useApartmentTab } from "../components/apartment-tabs";
import { orgToday } from "../lib/money.server";
import { DocumentsPanel } from "../components/documents-panel";
import { LeasesPanel } from "../components/leases-panel";
import { type LeaseOption, leaseOptions, useLeaseLabel } from "../components/lease-picker";
import { LedgerPanel } from "../components/ledger-panel";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { addCoRenter, addRenter, createDocument, endLease, endPlace } from "../lib/lease-actions.server";
import { setLeaseCharges } from "../lib/lease-charges.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/apartment";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The landlord's apartment page, from one API read: the apartment at a glance (status, renters, rent, balance,
 * lease end), then one tab at a time, named by `?tab=` (linkable, kept on reload, the back button goes back):
 * Overview (payments waiting for confirmation, the rent ledgers, "Record a payment"), Leases, Chat (the feed,
 * its note form when asked, the chat), Documents and Maintenance (the apartment's requests).
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const page = await res.json();
  const { unitNumber: unit, propertyName: property } = page.apartment;
  const title = translate(request, "apartments")("pageTitle", { unit, property });
  return {
    ...page,
    title: translate(request, "shell")("pageTitle", { title }),
    today: orgToday(page.apartment.timezone),
    templates: TEMPLATES.map(({ name, kind, furnished, locale }) => ({ name, kind, furnished, locale })),
  };
}

/** Intents: leases (`add-renter`, `add-co-renter`, `end-lease`, `cancel-lease`, `lease-charges`), `create-document`, rent (rent-actions), the room (room-actions). */
export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  switch (form.get("intent")) {
    case "add-renter":
      return addRenter(api, params.id, form, request);
    case "add-co-renter":
      return addCoRenter(api, form, request);
    case "create-document":
      return createDocument(api, form, request);
    case "end-lease":
      return endLease(api, form, request);
    case "cancel-lease":
      return endPlace(api, form, request, "cancel-lease");
    case "lease-charges":
      return setLeaseCharges(api, form, request);
    default:
      return (await handleRentAction(api, form, request)) ?? handleRoomAction(api, params.id, form, request);
  }
}

export default function ApartmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const { apartment, viewer, leases, currentLeaseIds, activities, chat, documents, templates, ledgers } = loaderData;
  // The leases money may name today: with two or more, each has its own rent panel and the feed asks which.
  const current = leaseOptions(leases, currentLeaseIds);
  // What the viewer may do here, as the API states it (never derived from their role).
  const can = (p: (typeof viewer.permissions)[number]) => viewer.permissions.includes(p);
  const busy = useNavigation().state !== "idle";
  const [tab, tabLabel] = [useApartmentTab(), useTranslations("apartmentTabs")];
  // The room stays live on every tab: payments to confirm and the ledger follow on the Overview.
  const live = useApartmentRoom(apartment.id, {
    activities: activities.results,
    messages: chat.messages,
    seq: chat.seq,
  });
  return (
    <div className="space-y-5">
      <ApartmentGlance overview={loaderData} canEdit={can("portfolio.edit")} canReport={can("maintenance.triage")} />
      <ApartmentTabs current={tab} overview={loaderData} />
      <div role="region" aria-label={tabLabel(tab)} data-testid={`tab-${tab}`} className="space-y-5">
        {tab === "overview" && (
          <OverviewPanel
            overview={loaderData}
            current={current}
            record={
              can("ledger.write") &&
              current.length > 0 && (
                <RecordPayment
                  current={current}
                  ledgers={ledgers}
                  pending={loaderData.pendingPayments}
                  currency={apartment.currency}
                  today={loaderData.today}
                />
              )
            }
          >
            <LeaseLedgers
              current={current}
              ledgers={ledgers}
              timeZone={apartment.timezone}
              canManage={can("ledger.write")}
              receipts={{ available: loaderData.receiptsAvailable, canFixIdentity: can("org.settings") }}
              busy={busy}
              actionData={actionData}
            />
          </OverviewPanel>
        )}
        {tab === "documents" && (
          <DocumentsPanel
            documents={documents}
            timeZone={apartment.timezone}
            leases={leases}
            templates={templates}
            canCreate={can("agreement.edit")}
            busy={busy}
            error={formErrorOf(resultFor(actionData, "create-document"))}
          />
        )}
        {tab === "chat" && (
          <ApartmentRoomView
            live={live}
            apartmentId={apartment.id}
            viewer={viewer}
            currency={apartment.currency}
            timeZone={apartment.timezone}
            leases={current}
            postWhenAsked
          />
        )}
        {tab === "leases" && (
          <LeasesTab overview={loaderData} canManage={can("lease.manage")} actionData={actionData} />
        )}
        {tab === "maintenance" && <ApartmentMaintenance overview={loaderData} canReport={can("maintenance.triage")} />}
      </div>
    </div>
  );
}

/** The Leases tab: the leases and their renters, with the lease forms' replies. */
function LeasesTab({
  overview: { apartment, leases },
  canManage,
  actionData,
}: {
  overview: Route.ComponentProps["loaderData"];
  canManage: boolean;
  actionData: Route.ComponentProps["actionData"];
}) {
  return (
    <LeasesPanel
      apartment={{ ...apartment, rentAmount: apartment.rentAmount ?? 0 }}
      leases={leases}
      canManage={canManage}
      replies={{
        coRenter: resultFor(actionData, "add-co-renter"),
        renter: resultFor(actionData, "add-renter"),
        end: resultFor(actionData, "end-lease") ?? resultFor(actionData, "cancel-lease"),
        charges: resultFor(actionData, "lease-charges"),
      }}
    />
  );
}

/**
 * The rent panels of the leases money may name today: one (the lease implied, no label), or one per lease
 * named by its renters and start date, each panel's forms posting its own `leaseId`. Entry dates are days
 * in `timeZone` (the org's, IANA).
 */
function LeaseLedgers({
  current,
  ledgers,
  timeZone,
  canManage,
  receipts,
  busy,
  actionData,
}: {
  current: LeaseOption[];
  receipts: { available: boolean; canFixIdentity: boolean };
  ledgers: Route.ComponentProps["loaderData"]["ledgers"];
  timeZone: string;
  canManage: boolean;
  busy: boolean;
  actionData: Route.ComponentProps["actionData"];
}) {
  const leaseLabel = useLeaseLabel();
  return (
    <>
      {current.map((lease) => {
        const ledger = ledgers.find((l) => l.leaseId === lease.id);
        // A reply belongs to the panel of the lease its form posted.
        const reply = (intent: string) => {
          const result = resultFor(actionData, intent);
          return result?.initialValue?.leaseId === lease.id ? result : undefined;
        };
        return (
          ledger && (
            <LedgerPanel
              key={lease.id}
              ledger={ledger}
              lease={current.length > 1 ? leaseLabel(lease) : undefined}
              timeZone={timeZone}
              side="landlord"
              canManage={canManage}
              receipts={receipts}
              busy={busy}
              replies={{ adjust: reply("adjust"), reminders: reply("reminders") }}
            />
          )
        );
      })}
    </>
  );
}

/**
 * "Record a payment" (amount, month, day received, method, lease; no note), opened when asked: on the ledger
 * at once, and closed again once recorded. With one current lease, the month is its oldest unpaid one without a
 * payment waiting for confirmation (else the org's current month) and the amount what is left of it (minor
 * units); an amount above the balance is warned about, never over an empty field. Amounts in the lease's
 * currency (`currency`, the apartment's, when the ledger is not shown).
 */
function RecordPayment({
  current,
  ledgers,
  pending,
  currency,
  today,
}: {
  current: LeaseOption[];
  ledgers: Route.ComponentProps["loaderData"]["ledgers"];
  pending: Route.ComponentProps["loaderData"]["pendingPayments"];
  currency: string;
  today: string;
}) {
  const t = useTranslations("money");
  // Each recorded payment closes the form (a new round mounts it closed): nothing stays filled in to post twice.
  const [round, setRound] = useState(0);
  // One lease: its oldest unpaid month that no payment waits on (a renter's report there is confirmed, not
  // recorded again), and what is left of it (else the current month and the balance due).
  const ledger = current.length === 1 ? ledgers.find((l) => l.leaseId === current[0]?.id) : undefined;
  const waiting = new Set(pending.filter((p) => p.leaseId === ledger?.leaseId).map((p) => p.period));
  const unpaid = ledger?.periods
    .filter((p) => p.outstanding > 0 && !waiting.has(p.period))
    .sort((a, b) => a.period.localeCompare(b.period))[0];
  const owes = ledger !== undefined && ledger.balance > 0;
  return (
    <Disclosure key={round} summary={t("record.open")} testId="record-payment">
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <PaymentForm
          id="record"
          side="landlord"
          currency={ledgers.find((l) => l.leaseId === current[0]?.id)?.currency ?? currency}
          today={today}
          leases={current}
          leaseId={current.length === 1 ? current[0]?.id : undefined}
          method="transfer"
          amount={unpaid?.outstanding ?? (owes ? ledger.balance : undefined)}
          period={unpaid?.period ?? today.slice(0, 7)}
          owed={ledger ? Math.max(0, ledger.balance) : undefined}
          onDone={() => setRound((n) => n + 1)}
        />
      </div>
    </Disclosure>
  );
}
