import { Link, useNavigation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { TEMPLATES } from "../../worker/documents/templates";
import { formatMoney } from "../../worker/lib/i18n/format";
import { translate } from "../i18n/translate.server";
import { ApartmentRoom } from "../components/apartment-room";
import { ButtonLink, linkClass } from "../components/button";
import { DocumentsPanel } from "../components/documents-panel";
import { LeasesPanel } from "../components/leases-panel";
import { type LeaseOption, leaseOptions, useLeaseLabel } from "../components/lease-picker";
import { ReceiptsNotice } from "../components/bank-transfer";
import { LedgerPanel } from "../components/ledger-panel";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formErrorOf, resultFor } from "../lib/forms";
import { addCoRenter, addRenter, createDocument, endLease, endPlace } from "../lib/lease-actions.server";
import { handleRentAction } from "../lib/rent-actions.server";
import { handleRoomAction } from "../lib/room-actions.server";
import type { Route } from "./+types/apartment";

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

/** The landlord's apartment page: leases, rent, agreements and the live room, from one API read. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.apartments[":id"].room.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  const page = await res.json();
  const { unitNumber: unit, propertyName: property } = page.apartment;
  const title = translate(request, "apartments")("pageTitle", { unit, property });
  return {
    ...page,
    title: translate(request, "shell")("pageTitle", { title }),
    templates: TEMPLATES.map(({ name, title }) => ({ name, title })),
  };
}

/** Intents: leases (`add-renter`, `add-co-renter`, `end-lease`, `cancel-lease`), `create-document`, rent (rent-actions), the room (room-actions). */
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
  const documentProblem = formErrorOf(resultFor(actionData, "create-document"));
  return (
    <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
      <ApartmentHeader apartment={apartment} canEdit={can("portfolio.edit")} />

      <LeasesPanel
        apartment={apartment}
        leases={leases}
        canManage={can("lease.manage")}
        replies={{
          coRenter: resultFor(actionData, "add-co-renter"),
          renter: resultFor(actionData, "add-renter"),
          end: resultFor(actionData, "end-lease") ?? resultFor(actionData, "cancel-lease"),
        }}
      />

      {ledgers[0] && <ReceiptsNotice overview={loaderData} />}
      <LeaseLedgers
        current={current}
        ledgers={ledgers}
        timeZone={apartment.timezone}
        canManage={can("ledger.write")}
        busy={busy}
        actionData={actionData}
      />

      <DocumentsPanel
        documents={documents}
        timeZone={apartment.timezone}
        leases={leases}
        templates={templates}
        canCreate={can("agreement.edit")}
        busy={busy}
        error={documentProblem}
      />

      <ApartmentRoom
        apartmentId={apartment.id}
        viewer={viewer}
        currency={apartment.currency}
        timeZone={apartment.timezone}
        leases={current}
        activities={activities.results}
        messages={chat.messages}
        seq={chat.seq}
      />
    </main>
  );
}

type Apartment = Route.ComponentProps["loaderData"]["apartment"];

/** Where the apartment is (its property linked), its unit, rooms and rent; editors get an edit link. */
function ApartmentHeader({ apartment, canEdit }: { apartment: Apartment; canEdit: boolean }) {
  const t = useTranslations("apartments");
  const locale = useLocale();
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <p className="text-sm text-slate-600">
          {t.rich("location", {
            property: apartment.propertyName,
            address: apartment.address,
            city: apartment.city,
            link: (chunks) => (
              <Link to={`/properties/${apartment.propertyId}`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
        <h1 className="text-2xl font-semibold">{t("heading", { unit: apartment.unitNumber })}</h1>
        <p className="text-sm text-slate-700">
          {t("summary", {
            rooms: apartment.roomsCount,
            rent: formatMoney(apartment.rentAmount, apartment.currency, locale),
          })}
        </p>
      </div>
      {canEdit && (
        <ButtonLink to={`/apartments/${apartment.id}/edit`} variant="secondary">
          {t("edit")}
        </ButtonLink>
      )}
    </header>
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
  busy,
  actionData,
}: {
  current: LeaseOption[];
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
              busy={busy}
              replies={{ adjust: reply("adjust"), reminders: reply("reminders") }}
            />
          )
        );
      })}
    </>
  );
}
