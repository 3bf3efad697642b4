import { Suspense } from "react";
import { useNavigation } from "react-router";
import { useTranslations } from "use-intl";
import { TEMPLATES } from "../../worker/documents/templates";
import { translate } from "../i18n/translate.server";
import { ApartmentGlance } from "../components/apartment-glance";
import { useApartmentNotices } from "../components/use-money-live";
import { RecordPayment } from "../components/money/record-payment";
import { ApartmentTabs, OverviewPanel, useApartmentTab } from "../components/apartment-tabs";
import { orgToday } from "../lib/money.server";
import { type LeaseOption, leaseOptions, useLeaseLabel } from "../components/lease-options";
import { LedgerPanel } from "../components/ledger-panel";
import { Loading } from "../components/ui/loading";
import { lazyPart } from "../lib/lazy-part";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { addCoRenter, addRenter, createDocument, endLease, endPlace } from "../lib/lease-actions.server";
import { setLeaseCharges } from "../lib/lease-charges.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/apartment";

// The tabs but the Overview load their code when opened (issue 17 §5: the page's first JavaScript is the
// Overview's), the live room's with Chat, which opens the room itself (as the renter's home does). A tab's URL
// opened directly is rendered by the server, and the browser hydrates once its code has arrived
// (app/lib/lazy-part.tsx).
const Chat = lazyPart("apartment.chat", () => import("../components/apartment-room").then((m) => m.ApartmentRoom));
const Documents = lazyPart("apartment.documents", () =>
  import("../components/documents-panel").then((m) => m.DocumentsPanel),
);
const Leases = lazyPart("apartment.leases", () => import("../components/leases-panel").then((m) => m.LeasesPanel));
const Maintenance = lazyPart("apartment.maintenance", () =>
  import("../components/apartment-maintenance").then((m) => m.ApartmentMaintenance),
);

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/**
 * The landlord's apartment page, from one API read: the apartment at a glance (status, renters, rent, balance,
 * lease end), then one tab at a time, named by `?tab=` (linkable, kept on reload, the back button goes back):
 * Overview (payments waiting for confirmation, the rent ledgers, "Record a payment"), Leases, Chat (the feed,
 * its note form when asked, the chat), Documents and Maintenance (the apartment's requests).
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  // When this read started (ms): the live socket reloads if the room announced a change since (use-live-socket.ts).
  const readAt = Date.now();
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const page = await res.json();
  const { unitNumber: unit, propertyName: property } = page.apartment;
  const title = translate(request, "apartments")("pageTitle", { unit, property });
  return {
    ...page,
    readAt,
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
  const { apartment, viewer, leases, currentLeaseIds, activities, chat, documents, templates } = loaderData;
  // The leases money may name today: with two or more, each has its own rent panel and the feed asks which.
  const current = leaseOptions(leases, currentLeaseIds);
  // What the viewer may do here, as the API states it (never derived from their role).
  const can = (p: (typeof viewer.permissions)[number]) => viewer.permissions.includes(p);
  const busy = useNavigation().state !== "idle";
  const [tab, tabLabel] = [useApartmentTab(), useTranslations("apartmentTabs")];
  return (
    <div className="space-y-5">
      {/* Outside Chat the page follows the room's notices only (payments to confirm, the ledger, documents). */}
      {tab !== "chat" && <RoomNotices apartmentId={apartment.id} readAt={loaderData.readAt} />}
      <ApartmentGlance overview={loaderData} canEdit={can("portfolio.edit")} canReport={can("maintenance.triage")} />
      <ApartmentTabs current={tab} overview={loaderData} />
      <div role="region" aria-label={tabLabel(tab)} data-testid={`tab-${tab}`} className="space-y-5">
        <Suspense fallback={<Loading />}>
          {tab === "overview" && (
            <OverviewTab data={loaderData} current={current} can={can} busy={busy} actionData={actionData} />
          )}
          {tab === "documents" && (
            <Documents.Part
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
            <Chat.Part
              activities={activities.results}
              messages={chat.messages}
              seq={chat.seq}
              readAt={loaderData.readAt}
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
          {tab === "maintenance" && <Maintenance.Part overview={loaderData} canReport={can("maintenance.triage")} />}
        </Suspense>
      </div>
    </div>
  );
}

/** The apartment room's notices reloading the page's data (app/components/use-money-live.ts). */
function RoomNotices({ apartmentId, readAt }: { apartmentId: string; readAt: number }) {
  useApartmentNotices(apartmentId, readAt);
  return null;
}

/** The Overview tab: the leases' rent panels, and "record a payment" for who may write the ledger. */
function OverviewTab({
  data,
  current,
  can,
  busy,
  actionData,
}: {
  data: Route.ComponentProps["loaderData"];
  current: LeaseOption[];
  can: (permission: Route.ComponentProps["loaderData"]["viewer"]["permissions"][number]) => boolean;
  busy: boolean;
  actionData: Route.ComponentProps["actionData"];
}) {
  const { apartment, ledgers } = data;
  return (
    <OverviewPanel
      overview={data}
      current={current}
      record={
        can("ledger.write") &&
        current.length > 0 && (
          <RecordPayment
            current={current}
            ledgers={ledgers}
            pending={data.pendingPayments}
            currency={apartment.currency}
            today={data.today}
          />
        )
      }
    >
      <LeaseLedgers
        current={current}
        ledgers={ledgers}
        timeZone={apartment.timezone}
        canManage={can("ledger.write")}
        receipts={{ available: data.receiptsAvailable, canFixIdentity: can("org.settings") }}
        busy={busy}
        actionData={actionData}
      />
    </OverviewPanel>
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
    <Leases.Part
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
