import { Icon } from "./ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { useIsolate } from "../i18n/bidi";
import type { SearchResult } from "../../worker/listings/contract";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import { ListingCardFacts } from "./listing-facts";
import { useFormatLocale } from "../i18n/format-locale";

type Summary = SearchResult["results"][number];

/**
 * A search result: the first photo (or a placeholder), title, type, city and availability date, rent per
 * month (and charges on top, in the listing's own currency, formatted for the page's formatting locale), then the ad's facts
 * line (area, rooms, furnished, DPE). Links to the listing's page. The landlord's words (title, city) keep
 * their own direction on a right-to-left page. The photo is decorative: the title says what it shows.
 */
export function ListingCard({ listing }: { listing: Summary }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("listings");
  const money = (minor: number) => formatMoney(minor, listing.currency, formatLocale);
  const bidi = useIsolate();
  return (
    <Link
      to={`/listings/${listing.id}`}
      className="flex h-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      data-testid="listing-card"
    >
      {listing.photo ? (
        <img
          src={`/api/public/listings/${listing.id}/photos/${listing.photo}?size=thumb`}
          alt=""
          loading="lazy"
          className="aspect-[3/2] w-full bg-slate-100 object-cover"
        />
      ) : (
        <span className="flex aspect-[3/2] w-full items-center justify-center bg-slate-100 text-slate-400">
          <Icon name="house" className="size-10" />
        </span>
      )}
      <span className="block p-4">
        <span className="block font-semibold break-words">
          <bdi>{listing.title}</bdi>
        </span>
        <span className="mt-1 block text-sm break-words text-slate-600">
          {t("search.cardLine", {
            type: t(`search.types.${listing.type}`),
            city: bidi(listing.city),
            date: formatDate(listing.availableFrom, formatLocale),
          })}
        </span>
        <span className="mt-2 block font-medium text-teal-800">
          {t("page.rentPerMonth", { rent: money(listing.rentAmount) })}
          {listing.chargesAmount ? ` ${t("page.chargesExtra", { charges: money(listing.chargesAmount) })}` : ""}
        </span>
        <ListingCardFacts listing={listing} />
      </span>
    </Link>
  );
}
