import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { buttonClass } from "../components/button";
import { ClosedListing } from "../components/closed-listing";
import { AlreadyApplied } from "../components/already-applied";
import { ChecklistOrSignIn } from "../components/dossier-checklist";
import { ListingFacts } from "../components/listing-facts";
import { ListingsHeader } from "../components/listings-header";
import { useIsolate } from "../i18n/bidi";
import { requestFormatLocale, translate } from "../i18n/translate.server";
import { throwApiError } from "../lib/api.server";
import { closedListingPage } from "../lib/closed-listing.server";
import { getServer } from "../lib/context.server";
import { homePathFor, signedInUser } from "../lib/session.server";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import type { Route } from "./+types/listing";
import { useFormatLocale } from "../i18n/format-locale";

/**
 * A published listing, rendered on the server with its title, description and OpenGraph tags, in the reader's
 * language; `home` is the signed-in visitor's home page (the header links there instead of "Sign in"), else null.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const [res, me] = await Promise.all([
    getServer(context).api.public.listings[":id"].$get({ param: { id: params.id } }),
    signedInUser(context),
  ]);
  const home = me ? homePathFor(me) : null;
  if (res.status === 410) return closedListingPage(res, request, home);
  if (!res.ok) return throwApiError(res, request);
  const listing = await res.json();
  // The signed-in visitor's dossier against this listing (null signed out, or if it cannot be read).
  const checked = me ? await getServer(context).api.me.checklist.$get({ query: { listingId: params.id } }) : null;
  const checklist = checked?.ok ? await checked.json() : null;
  const formatLocale = requestFormatLocale(request);
  const t = translate(request, "listings");
  const shell = translate(request, "shell");
  const head = {
    title: shell("pageTitle", { title: t("page.title", { title: listing.title, city: listing.city }) }),
    description: `${t("page.description", {
      rent: formatMoney(listing.rentAmount, listing.currency, formatLocale),
      date: formatDate(listing.availableFrom, formatLocale, "long"),
    })} ${listing.description}`.slice(0, 160),
  };
  return { listing, head, url: new URL(request.url).href, home, checklist };
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  if ("closed" in loaderData) return [{ title: loaderData.head.title }, { name: "robots", content: "noindex" }];
  const { listing, head, url } = loaderData;
  return [
    { title: head.title },
    { name: "description", content: head.description },
    { property: "og:type", content: "website" },
    { property: "og:title", content: listing.title },
    { property: "og:description", content: head.description },
    { property: "og:url", content: url },
    { property: "og:site_name", content: "Rentline" },
    ...(listing.photos[0] ? [{ property: "og:image", content: new URL(listing.photos[0].url, url).href }] : []),
    { tagName: "link", rel: "canonical", href: url },
  ];
}

export default function ListingPage({ loaderData }: Route.ComponentProps) {
  if ("closed" in loaderData)
    return (
      <div className="min-h-full bg-slate-50">
        <ListingsHeader home={loaderData.home} width="max-w-4xl" />
        <ClosedListing closed={loaderData.closed} />
      </div>
    );
  return <Listing listing={loaderData.listing} home={loaderData.home} checklist={loaderData.checklist} />;
}

type Shown = Extract<Route.ComponentProps["loaderData"], { listing: unknown }>;

function Listing({ listing, home, checklist }: Pick<Shown, "listing" | "home" | "checklist">) {
  const t = useTranslations("listings");
  const formatLocale = useFormatLocale();
  const money = (n: number) => formatMoney(n, listing.currency, formatLocale);
  const list = new Intl.ListFormat(formatLocale, { type: "conjunction" });
  const bidi = useIsolate();
  return (
    <div className="min-h-full bg-slate-50">
      <ListingsHeader home={home} width="max-w-4xl">
        <Link to="/listings" className={buttonClass("ghost")}>
          {t("page.allListings")}
        </Link>
      </ListingsHeader>
      <main className="mx-auto max-w-4xl space-y-5 p-4 sm:p-6">
        <div>
          <p className="text-sm text-slate-600">
            {t("page.where", { city: bidi(listing.city), address: bidi(listing.address) })}
          </p>
          <h1 className="text-2xl font-semibold break-words">
            <bdi>{listing.title}</bdi>
          </h1>
          <p className="mt-1 text-lg font-medium text-teal-800">
            {t("page.rentPerMonth", { rent: money(listing.rentAmount) })}
            {listing.chargesAmount ? ` ${t("page.chargesExtra", { charges: money(listing.chargesAmount) })}` : ""}
          </p>
          <p className="text-sm text-slate-700">
            {t("page.available", { date: formatDate(listing.availableFrom, formatLocale, "long") })}
          </p>
        </div>
        <PhotoStrip photos={listing.photos} title={listing.title} />
        <ListingFacts listing={listing} />
        <p dir="auto" className="whitespace-pre-line text-slate-800">
          {listing.description}
        </p>
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">{t("page.places")}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {listing.rooms.map((r) => (
              <li key={r.id}>
                {t("page.place", {
                  name: bidi(r.name),
                  rent: money(r.rentAmount),
                  free: Math.max(0, r.capacity - r.filled),
                  capacity: r.capacity,
                })}
              </li>
            ))}
          </ul>
          <h2 className="mt-4 font-semibold">{t("page.toApply")}</h2>
          <p className="text-sm text-slate-700">
            {t("page.guarantors", { count: listing.guarantorsRequired })}
            {listing.requiredDocuments.length
              ? ` · ${t("page.documents", { list: list.format(listing.requiredDocuments.map((d) => t(`documentKinds.${d}`))) })}`
              : ""}
          </p>
          <div className="mt-3">
            <ChecklistOrSignIn checklist={checklist} listingId={listing.id} />
          </div>
          {checklist?.application ? (
            <AlreadyApplied application={checklist.application} />
          ) : (
            <Link to={`/listings/${listing.id}/apply`} className={`${buttonClass()} mt-3`}>
              {t("page.apply")}
            </Link>
          )}
        </section>
      </main>
    </div>
  );
}

type Photo = Shown["listing"]["photos"][number];

/**
 * The listing's photos in a sideways-scrolling strip: a named region, focusable (tabIndex 0) so keyboard
 * users scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable). Nothing when there
 * are no photos.
 */
function PhotoStrip({ photos, title }: { photos: Photo[]; title: string }) {
  const t = useTranslations("listings");
  if (photos.length === 0) return null;
  return (
    <div
      role="region"
      tabIndex={0}
      aria-label={t("page.photos", { count: photos.length })}
      className="flex snap-x gap-2 overflow-x-auto rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
    >
      {photos.map((p, i) => (
        <img
          key={p.id}
          src={p.url}
          alt={t("page.photoAlt", { title, number: i + 1 })}
          loading={i ? "lazy" : "eager"}
          className="h-56 w-auto max-w-full snap-start rounded-lg object-cover"
        />
      ))}
    </div>
  );
}
