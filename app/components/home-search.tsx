import { Icon } from "./ui/icon";
import { Form, Link } from "react-router";
import { useTranslations } from "use-intl";
import type { SearchResult } from "../../worker/listings/contract";
import { buttonClass, linkClass } from "./button";
import { ListingCard } from "./listing-card";

type City = SearchResult["cities"][number];

/** The search page's URL for one city. */
export const cityUrl = (city: string) => `/listings?${new URLSearchParams({ city })}`;

/**
 * The home page's search: a city box that opens the public search (GET /listings, so it works without
 * JavaScript and the URL can be shared), and the cities that have listings as chips (most listings first).
 */
export function HomeSearch({ cities }: { cities: City[] }) {
  const t = useTranslations("findHome.search");
  return (
    <div>
      <Form
        method="get"
        action="/listings"
        role="search"
        aria-label={t("form")}
        className="flex flex-col gap-2 rounded-2xl border border-slate-200 bg-white p-2 shadow-sm sm:flex-row sm:items-center"
      >
        <label htmlFor="home-city" className="sr-only">
          {t("city")}
        </label>
        <div className="flex min-w-0 flex-1 items-center gap-2 px-2">
          <Icon name="map-pin" className="size-5 shrink-0 text-slate-500" />
          <input
            id="home-city"
            name="city"
            type="search"
            dir="auto"
            autoComplete="address-level2"
            placeholder={t("cityPlaceholder")}
            className="min-w-0 flex-1 border-0 bg-transparent py-2.5 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none"
          />
        </div>
        <button type="submit" className={buttonClass("primary", "px-5 py-3 text-base")}>
          <Icon name="search" className="size-5" />
          {t("submit")}
        </button>
      </Form>
      <CityChips cities={cities} label={t("popular")} />
    </div>
  );
}

/** Cities with listings, each a link to its search; nothing when no city has any. */
export function CityChips({ cities, label }: { cities: City[]; label: string }) {
  const t = useTranslations("findHome.search");
  if (cities.length === 0) return null;
  return (
    <nav aria-label={label} className="mt-4">
      <p className="text-sm font-medium text-slate-700">{label}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {cities.map(({ city, count }) => (
          <li key={city}>
            <Link
              to={cityUrl(city)}
              className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-teal-600 hover:text-teal-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
            >
              <span className="sr-only">{t("cityListings", { city, count })}</span>
              <bdi aria-hidden="true">{city}</bdi>
              <span aria-hidden="true" className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-600">
                {count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The newest listings as cards with a link to all; or, when none is published, a state that says what next. */
export function NewestListings({ results }: { results: SearchResult["results"] }) {
  const t = useTranslations("findHome");
  return (
    <section aria-labelledby="newest" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="newest" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("newest.heading")}
        </h2>
        {results.length ? (
          <Link to="/listings" className={linkClass}>
            {t("newest.seeAll")}
          </Link>
        ) : null}
      </div>
      {results.length === 0 ? (
        <div className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
          <p className="font-medium text-slate-900">{t("empty.title")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("empty.hint")}</p>
          <Link to="/signup?type=landlord" className={buttonClass("secondary", "mt-4")}>
            {t("empty.landlord")}
          </Link>
        </div>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="newest-listings">
          {results.map((listing) => (
            <li key={listing.id}>
              <ListingCard listing={listing} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
