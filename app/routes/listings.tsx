import { Link } from "react-router";
import { useTranslations } from "use-intl";
import { linkClass } from "../components/button";
import { CityChips } from "../components/home-search";
import { ListingCard } from "../components/listing-card";
import { ListingSearchForm } from "../components/listing-search-form";
import { ListingsHeader } from "../components/listings-header";
import { translatedMeta } from "../i18n/meta";
import { pageTitle } from "../i18n/page-title.server";
import { requestLocale, translate } from "../i18n/translate.server";
import { readProblem, type Problem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import {
  apiQuery,
  type FilterField,
  hasFilters,
  isFilterField,
  type ListingFilters,
  PAGE_SIZE,
  pageUrl,
  readFilters,
} from "../lib/listing-search";
import { homePathFor, signedInUser } from "../lib/session.server";
import { shellFrameOf } from "../lib/shell-frame.server";
import { AppTabBar } from "../components/app-header";
import { parseMoney } from "../../worker/lib/money-input";
import type { SearchResult } from "../../worker/listings/contract";
import type { Route } from "./+types/listings";

export const meta: Route.MetaFunction = ({ loaderData }) => translatedMeta(loaderData);

type FieldErrors = Partial<Record<FilterField, string>>;

/**
 * Public search (signed in or not), in the request's language: the form works without JavaScript and the
 * filters live in the URL (`ListingFilters`). The max rent is in the currency picked next to it (EUR unless
 * the visitor picks another; never guessed from the browser): the API compares minor units among listings
 * in that currency only. A filter that is not a value (a rent of "abc", an area of "x") is named under its
 * input with a sentence in the page's language, never the API's English; the other filters still apply.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const filters = readFilters(new URL(request.url));
  const t = translate(request, "listings");
  const priceMax = filters.priceMax ? parseMoney(filters.priceMax, filters.currency, requestLocale(request)) : null;
  const fieldErrors: FieldErrors = {};
  if (filters.priceMax && priceMax === null) fieldErrors.priceMax = t("search.priceMaxInvalid");
  const [res, me] = await Promise.all([
    getServer(context).api.public.listings.$get({ query: apiQuery(filters, priceMax, requestLocale(request)) }),
    signedInUser(context),
  ]);
  const found = res.ok ? await res.json() : { results: [], total: 0, page: filters.page, limit: PAGE_SIZE, cities: [] };
  const refused = res.ok ? null : refusal(await readProblem(res, request), request, fieldErrors);
  const problems = translate(request, "problems");
  const error = refused ?? (Object.keys(fieldErrors).length ? problems("correctFields") : null);
  const where = filters.city ? { city: filters.city } : null;
  return {
    ...found,
    filters,
    fieldErrors,
    error,
    refused: refused !== null,
    home: me ? homePathFor(me) : null,
    // Signed in: the phone's bottom tab bar of their side, as in the app (issue 14 §4).
    frame: me ? shellFrameOf(me, request, "/listings") : null,
    title: pageTitle(request, where ? t("search.titleIn", where) : t("search.title")),
    description: where ? t("search.descriptionIn", where) : t("search.description"),
  };
}

/**
 * A refused search: the filters the API named get a sentence under their input (added to `fieldErrors`;
 * an area gets the area sentence, others their problem's own or "check this value"), and the page's
 * alert is "correct the fields" then; a refusal naming no filter shows its problem's sentence.
 */
function refusal(problem: Problem, request: Request, fieldErrors: FieldErrors): string {
  // The area's sentence is the listing form's (one wording for an area wherever it is typed).
  const t = translate(request, "listingManage");
  const problems = translate(request, "problems");
  const named = problem.errors.map((e) => e.path).filter(isFilterField);
  for (const field of named)
    fieldErrors[field] =
      field === "areaMin" || field === "areaMax"
        ? t("form.areaInvalid")
        : problem.code && problem.code !== "invalid_input"
          ? problem.detail
          : problems("fieldInvalid");
  return named.length ? problems("correctFields") : problem.detail;
}

export default function Listings({ loaderData }: Route.ComponentProps) {
  const { results, total, filters, fieldErrors, error, refused, home, cities, frame } = loaderData;
  const t = useTranslations("listings.search");
  return (
    <div className="min-h-full bg-slate-50">
      <ListingsHeader home={home} />
      {/* With the bottom tab bar (signed in, phone): room below for it and the safe area. */}
      <main
        className={`mx-auto max-w-6xl space-y-6 p-4 sm:p-6 ${frame ? "pb-[calc(6rem+env(safe-area-inset-bottom))] md:pb-6" : ""}`}
      >
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <ListingSearchForm filters={filters} errors={fieldErrors} />
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
        {!refused && (
          <p className="text-sm text-slate-600" data-testid="result-count">
            {t("count", { count: total })}
          </p>
        )}
        {results.length === 0 ? (
          !refused && <NoResults filtered={hasFilters(filters)} cities={cities} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {results.map((l) => (
              <li key={l.id}>
                <ListingCard listing={l} />
              </li>
            ))}
          </ul>
        )}
        <Pages data={loaderData} />
      </main>
      {frame && <AppTabBar {...frame} />}
    </div>
  );
}

/**
 * Nothing found: say so, and how to widen the search — the cities that have listings, and a link back to
 * no filters at all; or nothing published.
 */
function NoResults({ filtered, cities }: { filtered: boolean; cities: SearchResult["cities"] }) {
  const t = useTranslations("listings.search");
  const tFind = useTranslations("findHome");
  if (!filtered)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">
        {t("emptyNone")}
      </p>
    );
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center">
      <p className="font-medium text-slate-900">{t("emptyTitle")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
      <Link to="/listings" className={`${linkClass} mt-3 inline-block text-sm`}>
        {t("clear")}
      </Link>
      <div className="mx-auto max-w-xl text-start [&_ul]:justify-center [&>nav>p]:text-center">
        <CityChips cities={cities} label={tFind("noResults.otherCities")} />
      </div>
    </div>
  );
}

/** Previous / next links and "page 2 of 5", keeping the search's filters; nothing when it fits on one page. */
function Pages({ data }: { data: { total: number; page: number; limit: number; filters: ListingFilters } }) {
  const { total, page, limit, filters } = data;
  const t = useTranslations("listings.search");
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 && (
        <Link to={pageUrl(filters, page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages && (
        <Link to={pageUrl(filters, page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
