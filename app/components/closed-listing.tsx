import { Icon } from "./ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ClosedListingExtras } from "../../worker/listings/contract";
import { useIsolate } from "../i18n/bidi";
import { buttonClass, linkClass } from "./button";
import { cityUrl } from "./home-search";
import { ListingCard } from "./listing-card";

/**
 * A listing that was let or withdrawn (the API's 410): says so, names it, and offers similar listings in
 * the same city (`similar`, up to 4), else the city's search; a link to every listing either way.
 */
export function ClosedListing({ closed }: { closed: ClosedListingExtras }) {
  const t = useTranslations("findHome.closed");
  const bidi = useIsolate();
  const { listing, similar } = closed;
  const city = bidi(listing.city);
  return (
    <main className="mx-auto max-w-4xl space-y-6 p-4 sm:p-6">
      <section
        aria-labelledby="closed-title"
        className="rounded-xl border border-amber-300 bg-amber-50 p-5"
        data-testid="listing-closed"
      >
        <div className="flex items-start gap-3">
          <Icon name="circle-off" className="mt-0.5 size-6 shrink-0 text-amber-800" />
          <div>
            <h1 id="closed-title" className="text-xl font-semibold text-slate-900">
              {t("title")}
            </h1>
            {listing.title ? (
              <p className="mt-1 text-slate-800">{t("body", { title: bidi(listing.title), city })}</p>
            ) : null}
          </div>
        </div>
      </section>
      {listing.city ? (
        <section aria-labelledby="similar" className="space-y-3">
          <h2 id="similar" className="text-lg font-semibold">
            {t("similarHeading", { city })}
          </h2>
          {similar.length ? (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="similar-listings">
              {similar.map((s) => (
                <li key={s.id}>
                  <ListingCard listing={s} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noneSimilar", { city })}</p>
          )}
          <Link to={cityUrl(listing.city)} className={buttonClass("secondary")}>
            {t("searchCity", { city })}
          </Link>
        </section>
      ) : null}
      <Link to="/listings" className={`${linkClass} inline-block`}>
        {t("allListings")}
      </Link>
    </main>
  );
}
