import { energyClasses, listingTypes, searchSorts } from "../../worker/domain";
import { parseDecimal } from "../../worker/lib/decimal";
import { isCurrency, type Currency } from "./currencies";

/** Results per page of the public search. */
export const PAGE_SIZE = 12;

type ListingType = (typeof listingTypes)[number];
type SearchSort = (typeof searchSorts)[number];

/**
 * The public search's filters as the URL carries them (GET form: it works without JavaScript and a search
 * can be shared). Text is kept as typed: `priceMax` is a rent excluding charges in major units of
 * `currency` ("750" or "750,50"; the loader converts it with `parseMoney`), `areaMin` / `areaMax` are m²
 * as typed ("42,5", "42.5"; `apiQuery` reads them with `parseDecimal`), `availableFrom` an ISO date (`YYYY-MM-DD`) from a date input.
 * Choices the URL names but we do not offer (a type, a sort, a class) are dropped, never guessed.
 */
export type ListingFilters = {
  city?: string;
  q?: string;
  type?: ListingType;
  availableFrom?: string;
  priceMax: string;
  /** ISO 4217; EUR unless the visitor picks another (never inferred from the browser). */
  currency: Currency;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  areaMin?: string;
  areaMax?: string;
  energyClassMin?: (typeof energyClasses)[number];
  furnished?: "true" | "false";
};

/** The filters a refused search can name (a problem's `errors[].path` is the query parameter). */
const FILTER_FIELDS = [
  "city",
  "q",
  "priceMax",
  "currency",
  "type",
  "availableFrom",
  "areaMin",
  "areaMax",
  "energyClassMin",
  "furnished",
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Whether a problem's error path names one of the search's filters. */
export const isFilterField = (path: string): path is FilterField => (FILTER_FIELDS as readonly string[]).includes(path);

const pick = <T extends string>(choices: readonly T[], value: string | undefined): T | undefined =>
  choices.find((c) => c === value);

/** The filters of a search URL (`/listings?city=Lyon&priceMax=800&…`); see `ListingFilters`. */
export function readFilters(url: URL): ListingFilters {
  const get = (k: string) => url.searchParams.get(k)?.trim() || undefined;
  const currency = get("currency")?.toUpperCase() ?? "";
  return {
    city: get("city"),
    q: get("q"),
    type: pick(listingTypes, get("type")),
    availableFrom: get("availableFrom"),
    priceMax: get("priceMax") ?? "",
    currency: isCurrency(currency) ? currency : "EUR",
    sort: pick(searchSorts, get("sort")) ?? "newest",
    page: Math.max(1, Math.trunc(Number(get("page") ?? 1)) || 1),
    areaMin: get("areaMin"),
    areaMax: get("areaMax"),
    energyClassMin: pick(energyClasses, get("energyClassMin")),
    furnished: pick(["true", "false"] as const, get("furnished")),
  };
}

/**
 * The API query (GET /api/public/listings) for these filters. `priceMax` is in integer minor units of
 * `filters.currency`, or null for no rent filter (nothing typed, or not an amount: the page says so). The
 * areas are read as typed in `locale` ("1 234,5" → "1234.5"); one that is no number goes as typed, for the
 * API to refuse under its name.
 */
export function apiQuery(filters: ListingFilters, priceMax: number | null, locale: string) {
  const { city, q, type, availableFrom, energyClassMin, furnished, sort } = filters;
  const area = (typed: string | undefined) => {
    const value = typed === undefined ? null : parseDecimal(typed, locale);
    return value === null ? typed : String(value);
  };
  return {
    ...{ city, q, type, availableFrom, energyClassMin, furnished, sort },
    areaMin: area(filters.areaMin),
    areaMax: area(filters.areaMax),
    priceMax: priceMax === null ? undefined : String(priceMax),
    currency: priceMax === null ? undefined : filters.currency,
    page: String(filters.page),
    limit: String(PAGE_SIZE),
  };
}

/** Whether the search narrows anything (a filter is set; the order and page do not count). */
export function hasFilters(filters: ListingFilters): boolean {
  const { sort: _sort, page: _page, currency: _currency, ...narrowing } = filters;
  return Object.values(narrowing).some((v) => v !== undefined && v !== "");
}

/** The URL of page `page` of the same search (empty filters left out, so the URL stays short). */
export function pageUrl(filters: ListingFilters, page: number): string {
  const entries = Object.entries({ ...filters, page: String(page) }).flatMap(([k, v]) =>
    v === undefined || v === "" ? [] : [[k, String(v)]],
  );
  return `/listings?${new URLSearchParams(entries)}`;
}
