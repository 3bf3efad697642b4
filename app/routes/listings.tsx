import { Form, Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { buttonClass, linkClass } from "../components/button";
import { SelectField, TextField } from "../components/field";
import { ListingCardFacts } from "../components/listing-facts";
import { Logo } from "../components/logo";
import { energyClasses } from "../../worker/listings/contract";
import { DEFAULT_LOCALE, isLocale } from "../../worker/lib/i18n/locales";
import { formatMoney, parseMoney } from "../../worker/lib/money";
import { getServer } from "../lib/context.server";
import { CURRENCIES, isCurrency } from "../lib/currencies";
import type { Route } from "./+types/listings";

export function meta({ loaderData }: Route.MetaArgs) {
  const city = loaderData?.filters.city;
  return [
    { title: city ? `Rentals in ${city} — Rentline` : "Find a rental — Rentline" },
    {
      name: "description",
      content: `Flats, rooms, studios and houses to rent${city ? ` in ${city}` : ""}, straight from their landlords.`,
    },
  ];
}

const TYPES = { studio: "Studio", room: "Room", flat: "Flat", house: "House" } as const;

/** Public search (signed in or not): the form works without JavaScript; filters live in the URL. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const get = (k: string) => url.searchParams.get(k)?.trim() || undefined;
  const priceMaxText = get("priceMax");
  // The max rent is in the currency chosen next to it (EUR unless the visitor picks another; never guessed
  // from the browser); the API compares minor units among listings in that currency only.
  const chosen = get("currency")?.toUpperCase() ?? "";
  const currency = isCurrency(chosen) ? chosen : "EUR";
  const priceMax = priceMaxText ? parseMoney(priceMaxText, currency) : null;
  const type = get("type");
  const filters = {
    city: get("city"),
    q: get("q"),
    type: type && type in TYPES ? (type as keyof typeof TYPES) : undefined,
    availableFrom: get("availableFrom"),
    priceMax: priceMaxText ?? "",
    currency,
    sort: (get("sort") ?? "newest") as "newest" | "price_asc" | "price_desc",
    page: Math.max(1, Number(get("page") ?? 1) || 1),
    ...adFilters(get),
  };
  const res = await getServer(context).api.public.listings.$get({
    query: {
      city: filters.city,
      q: filters.q,
      type: filters.type,
      availableFrom: filters.availableFrom,
      priceMax: priceMax === null ? undefined : String(priceMax),
      currency: priceMax === null ? undefined : currency,
      areaMin: filters.areaMin,
      areaMax: filters.areaMax,
      energyClassMin: filters.energyClassMin,
      furnished: filters.furnished,
      sort: filters.sort,
      page: String(filters.page),
      limit: "12",
    },
  });
  const body = res.ok ? await res.json() : { results: [], total: 0, page: 1, limit: 12 };
  const error = res.ok
    ? null
    : (((await res.json().catch(() => ({}))) as { detail?: string }).detail ?? "Check the filters");
  return { ...body, filters, error };
}

/**
 * The ad filters in the URL (shareable): `areaMin` / `areaMax` in m² as typed (a decimal comma is read as a
 * point; the API refuses what is not a number), `energyClassMin` A–G, `furnished` `true` / `false`.
 */
function adFilters(get: (k: string) => string | undefined) {
  const area = (k: string) => get(k)?.replace(",", ".");
  const energy = get("energyClassMin");
  const furnished = (["true", "false"] as const).find((v) => v === get("furnished"));
  return {
    areaMin: area("areaMin"),
    areaMax: area("areaMax"),
    energyClassMin: energyClasses.find((c) => c === energy),
    furnished,
  };
}

export default function Listings({ loaderData }: Route.ComponentProps) {
  const { results, total, filters, error } = loaderData;
  const tag = useLocale();
  const locale = isLocale(tag) ? tag : DEFAULT_LOCALE;
  return (
    <div className="min-h-full bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3 sm:px-6">
          <Logo />
          <Link to="/login" className={linkClass}>
            Sign in
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-6xl space-y-6 p-4 sm:p-6">
        <h1 className="text-2xl font-semibold">Find a rental</h1>
        <SearchForm filters={filters} />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <p className="text-sm text-slate-600" data-testid="result-count">
          {total === 1 ? "1 listing" : `${total} listings`}
        </p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {results.map((l) => (
            <li key={l.id}>
              <Link
                to={`/listings/${l.id}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600"
              >
                <span className="block font-semibold break-words">{l.title}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {TYPES[l.type]} · {l.city} · from {l.availableFrom}
                </span>
                <span className="mt-2 block font-medium text-teal-800">
                  {formatMoney(l.rentAmount, l.currency)} / month
                  {l.chargesAmount ? ` + ${formatMoney(l.chargesAmount, l.currency)} charges` : ""}
                </span>
                <ListingCardFacts listing={l} locale={locale} />
              </Link>
            </li>
          ))}
        </ul>
        <Pages data={loaderData} />
      </main>
    </div>
  );
}

type Filters = Route.ComponentProps["loaderData"]["filters"];

/** Filters live in the URL (GET), so the search works without JavaScript and results can be shared. */
function SearchForm({ filters }: { filters: Filters }) {
  return (
    <Form
      method="get"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7"
      aria-label="Search listings"
    >
      <TextField label="City" name="city" defaultValue={filters.city} />
      <TextField label="Keywords" name="q" defaultValue={filters.q} />
      <TextField label="Max rent" name="priceMax" inputMode="decimal" defaultValue={filters.priceMax} />
      <SelectField label="Currency" name="currency" defaultValue={filters.currency}>
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </SelectField>
      <SelectField label="Type" name="type" defaultValue={filters.type ?? ""}>
        <option value="">Any</option>
        {Object.entries(TYPES).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </SelectField>
      <TextField label="Available by" name="availableFrom" type="date" defaultValue={filters.availableFrom} />
      <AdFilters filters={filters} />
      <SelectField label="Sort" name="sort" defaultValue={filters.sort}>
        <option value="newest">Newest</option>
        <option value="price_asc">Price, lowest first</option>
        <option value="price_desc">Price, highest first</option>
      </SelectField>
      <div className="sm:col-span-3 lg:col-span-7">
        <button className={buttonClass()}>Search</button>
      </div>
    </Form>
  );
}

/** The French ad filters: area range (m²), energy class at least X, furnished or not. */
function AdFilters({ filters }: { filters: Filters }) {
  const t = useTranslations("listings.search");
  return (
    <>
      <TextField label={t("areaMin")} name="areaMin" inputMode="decimal" defaultValue={filters.areaMin} />
      <TextField label={t("areaMax")} name="areaMax" inputMode="decimal" defaultValue={filters.areaMax} />
      <SelectField label={t("energyClassMin")} name="energyClassMin" defaultValue={filters.energyClassMin ?? ""}>
        <option value="">{t("anyClass")}</option>
        {energyClasses.map((c) => (
          <option key={c} value={c}>
            {t("classOrBetter", { class: c })}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("furnished")} name="furnished" defaultValue={filters.furnished ?? ""}>
        <option value="">{t("furnishedAny")}</option>
        <option value="true">{t("furnishedYes")}</option>
        <option value="false">{t("furnishedNo")}</option>
      </SelectField>
    </>
  );
}

function Pages({ data: { total, page, limit, filters } }: { data: Route.ComponentProps["loaderData"] }) {
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  const pageLink = (p: number) => {
    const entries = Object.entries({ ...filters, page: String(p) }).flatMap(([k, v]) =>
      v === undefined || v === "" ? [] : [[k, String(v)]],
    );
    return `/listings?${new URLSearchParams(entries)}`;
  };
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link to={pageLink(page - 1)} className={linkClass}>
          Previous
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link to={pageLink(page + 1)} className={linkClass}>
          Next
        </Link>
      )}
    </nav>
  );
}
