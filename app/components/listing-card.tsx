import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { useIsolate } from "../i18n/bidi";
import type { SearchResult } from "../../worker/listings/contract";
import { formatDate, formatMoney } from "../../worker/lib/i18n/format";
import type { Locale } from "../../worker/lib/i18n/locales";
import { ListingCardFacts } from "./listing-facts";

type Summary = SearchResult["results"][number];

/**
 * A search result: title, type, city and availability date, rent per month (and charges on top, in the
 * listing's own currency, formatted for `locale`), then the ad's facts line. Links to the listing's page.
 * The landlord's words (title, city) keep their own direction on a right-to-left page.
 */
export function ListingCard({ listing, locale }: { listing: Summary; locale: Locale }) {
  const t = useTranslations("listings");
  const money = (minor: number) => formatMoney(minor, listing.currency, locale);
  const bidi = useIsolate();
  return (
    <Link
      to={`/listings/${listing.id}`}
      className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
    >
      <span className="block font-semibold break-words">
        <bdi>{listing.title}</bdi>
      </span>
      <span className="mt-1 block text-sm break-words text-slate-600">
        {t("search.cardLine", {
          type: t(`search.types.${listing.type}`),
          city: bidi(listing.city),
          date: formatDate(listing.availableFrom, locale),
        })}
      </span>
      <span className="mt-2 block font-medium text-teal-800">
        {t("page.rentPerMonth", { rent: money(listing.rentAmount) })}
        {listing.chargesAmount ? ` ${t("page.chargesExtra", { charges: money(listing.chargesAmount) })}` : ""}
      </span>
      <ListingCardFacts listing={listing} locale={locale} />
    </Link>
  );
}
