import { Form, Link, redirect } from "react-router";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { decimalToInput } from "../../worker/lib/decimal";
import { minorToInput } from "../../worker/lib/money-input";
import type { listingRowView } from "../../worker/listings/contract";
import { Button, linkClass } from "../components/button";
import { SelectField } from "../components/field";
import { NewListingForm } from "../components/new-listing-form";
import { EmptyState, PageHeader } from "../components/page";
import { readProblem, replyFromProblem, throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { resultFor } from "../lib/forms";
import { parseSubmission, refused } from "../lib/forms.server";
import { listingMessages, newListingForm } from "../lib/listing-forms.server";
import { postedFiles, uploadPhotos } from "../lib/listing-photos.server";
import { requestFormatLocale, requestLocale, translate } from "../i18n/translate.server";
import { freeFrom, occupancyToday } from "../lib/new-listing.server";
import type { Route } from "./+types/manage-listing-new";

const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export const meta: Route.MetaFunction = ({ loaderData }) => [{ title: loaderData?.title }];

type Listing = z.infer<typeof listingRowView>;

/**
 * What a new listing of `apartment` starts from: its rent and address, its kind from its rooms, and the
 * terms of its latest listing if it had one (charges, deposit, surface, furnished, DPE and GES).
 */
function defaultsOf(
  apartment: { id: string; rentAmount: number; currency: string; roomsCount: number },
  property: { address: string; city: string } | undefined,
  previous: Listing | undefined,
  locale: string,
  formatLocale: string,
) {
  const money = (n: number | null | undefined) => (n == null ? "" : minorToInput(n, apartment.currency, locale));
  return {
    apartmentId: apartment.id,
    type: apartment.roomsCount <= 1 ? "studio" : "flat",
    rent: money(apartment.rentAmount),
    city: property?.city ?? "",
    address: property?.address ?? "",
    chargesAmount: money(previous?.chargesAmount),
    depositAmount: money(previous?.depositAmount),
    livingArea: previous?.livingArea == null ? "" : decimalToInput(previous.livingArea, formatLocale),
    furnished: previous?.furnished == null ? "" : String(previous.furnished),
    energyClass: previous?.energyClass ?? "",
    ghgClass: previous?.ghgClass ?? "",
    chargesKind: previous?.chargesKind ?? "",
    title: previous?.title ?? "",
    description: previous?.description ?? "",
  };
}

/**
 * A new listing, prefilled from the apartment chosen (`?apartmentId=`, else the first vacant one), with a
 * fresh idempotency key: the same form sent twice creates one listing. Let apartments are marked as such;
 * "available from" starts on the day after the let apartment's lease ends, or today for a vacant one.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const [apartments, properties, listings, occupancy] = await Promise.all([
    api.apartments.$get({ query: { limit: "100" } }),
    api.properties.$get({ query: { limit: "100" } }),
    api.listings.$get({ query: { limit: "50" } }),
    occupancyToday(api),
  ]);
  if (!apartments.ok) return throwApiError(apartments, request);
  if (!properties.ok) return throwApiError(properties, request);
  if (!listings.ok) return throwApiError(listings, request);
  const [{ results: units }, { results: buildings }, { results: ads }] = await Promise.all([
    apartments.json(),
    properties.json(),
    listings.json(),
  ]);
  const m = translate(request, "listingManage");
  const isLet = (id: string) => occupancy !== null && !occupancy.vacant.has(id);
  // An apartment with a draft or published listing already: marked, never preselected (a second listing for
  // it was one click away), and the page links the one it has.
  const openAd = (id: string) => ads.find((l) => l.apartmentId === id && l.status !== "closed");
  const options = units.map((a) => ({
    id: a.id,
    label: m(openAd(a.id) ? "apartmentOptionListed" : isLet(a.id) ? "apartmentOptionLet" : "apartmentOption", {
      property: buildings.find((p) => p.id === a.propertyId)?.name ?? "",
      unit: a.unitNumber,
    }),
  }));
  const query = new URL(request.url).searchParams;
  const asked = query.get("apartmentId") ?? query.get("apartment");
  const chosen =
    units.find((a) => a.id === asked) ??
    units.find((a) => !isLet(a.id) && !openAd(a.id)) ??
    units.find((a) => !openAd(a.id)) ??
    units[0];
  const availableFrom = !chosen ? null : isLet(chosen.id) ? await freeFrom(api, chosen.id) : (occupancy?.today ?? null);
  const defaults = chosen
    ? {
        ...defaultsOf(
          { ...chosen, rentAmount: chosen.rentAmount ?? 0 },
          buildings.find((p) => p.id === chosen.propertyId),
          ads.find((l) => l.apartmentId === chosen.id),
          requestLocale(request),
          requestFormatLocale(request),
        ),
        availableFrom: availableFrom ?? "",
      }
    : null;
  const title = translate(request, "shell")("pageTitle", { title: m("newTitle") });
  const chosenLet = chosen ? isLet(chosen.id) : false;
  const existing = chosen ? openAd(chosen.id) : undefined;
  const chosenListing = existing ? { id: existing.id, published: existing.status === "published" } : null;
  return { title, options, defaults, chosenLet, chosenListing, idempotencyKey: crypto.randomUUID() };
}

/**
 * Creates the draft (POST /api/listings with the form's Idempotency-Key), then uploads its photos in the
 * order chosen and opens the new listing. A replay of the same form (a double submit) answers the first
 * listing and adds no photos; while the first is still running, the listings page.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const form = await request.formData();
  const apartment = await api.apartments[":id"].$get({ param: { id: formText(form, "apartmentId") } });
  const currency = apartment.ok ? (await apartment.json()).currency : "EUR";
  const submission = parseSubmission(form, newListingForm(currency, request), listingMessages(request));
  if (submission.status !== "success") return refused(submission, requestLocale(request));
  const key = formText(form, "idempotencyKey");
  const res = await api.listings.$post({ json: submission.value }, { headers: { "idempotency-key": key } });
  if (!res.ok) {
    const problem = await readProblem(res, request);
    if (problem.code === "idempotency_in_progress") throw redirect("/manage/listings");
    return replyFromProblem(problem, submission, { request });
  }
  const listing = await res.json();
  if (res.headers.get("idempotent-replayed")) throw redirect(`/manage/listings/${listing.id}`);
  const { stored, refused: photoRefused } = await uploadPhotos(api, listing.id, postedFiles(form, "photos"));
  const next = `/manage/listings/${listing.id}?photos=${stored}${photoRefused ? "&photoError=1" : ""}`;
  throw redirect(next);
}

export default function NewListing({ loaderData, actionData }: Route.ComponentProps) {
  const { options, defaults, chosenLet, chosenListing, idempotencyKey } = loaderData;
  const t = useTranslations("listingManage");
  const l = useTranslations("listingManage.manage");
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        subtitle={t("newSubtitle")}
        breadcrumb={
          <Link to="/manage/listings" className={linkClass}>
            {l("title")}
          </Link>
        }
      />
      {!defaults ? (
        <EmptyState title={t("noApartment")} />
      ) : (
        <div className="space-y-4">
          <Form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
            <SelectField label={t("chooseApartment")} name="apartmentId" defaultValue={defaults.apartmentId}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary">{t("choose")}</Button>
            {chosenLet && (
              <p className="w-full text-sm text-amber-900" data-testid="apartment-let">
                {t("chosenLet")}
              </p>
            )}
            {chosenListing && (
              <p className="w-full text-sm text-amber-900" data-testid="apartment-listed">
                {t(chosenListing.published ? "chosenListedPublished" : "chosenListedDraft")}{" "}
                <Link to={`/manage/listings/${chosenListing.id}`} className={linkClass}>
                  {t("openListing")}
                </Link>
              </p>
            )}
          </Form>
          <NewListingForm
            key={defaults.apartmentId}
            defaults={defaults}
            idempotencyKey={idempotencyKey}
            lastResult={resultFor(actionData, "create") ?? actionData?.result}
          />
        </div>
      )}
    </>
  );
}
