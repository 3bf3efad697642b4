import { Icon } from "./ui/icon";
import { useId, useState } from "react";
import { Form } from "react-router";
import { useTranslations } from "use-intl";
import { energyClasses, listingTypes, searchSorts } from "../../worker/domain";
import { CURRENCIES } from "../lib/currencies";
import type { FilterField, ListingFilters } from "../lib/listing-search";
import { Button } from "./button";
import { SelectField, TextField } from "./field";

type Errors = Partial<Record<FilterField, string>>;

/**
 * A field spans three rows of the form's grid (label, control, message) as a subgrid, so the controls of a
 * row line up when a neighbour's label wraps (long labels, narrow phones) or a neighbour shows an error.
 */
const field = "row-span-3 grid grid-rows-subgrid gap-y-0 [&>label]:self-end";
const cell = `${field} pb-3`;
const grid = "grid grid-cols-2 gap-x-3 lg:grid-cols-4";

/** A filter field's name, the value the URL gives it and the loader's sentence if it was refused. */
const binder = (filters: ListingFilters, errors: Errors) => (name: FilterField) => ({
  name,
  defaultValue: filters[name] ?? "",
  error: errors[name],
});

/**
 * The public search's form. Filters live in the URL (GET), so the search works without JavaScript and
 * results can be shared; `errors` are the loader's sentences for filters it or the API refused, shown
 * under their input.
 */
export function ListingSearchForm({ filters, errors }: { filters: ListingFilters; errors: Errors }) {
  const t = useTranslations("listings.search");
  const bind = binder(filters, errors);
  return (
    <Form method="get" className="rounded-xl border border-slate-200 bg-white p-4 pb-1" aria-label={t("form")}>
      <div className={grid}>
        <TextField label={t("city")} {...bind("city")} className={`col-span-2 lg:col-span-1 ${cell}`} />
        <TextField label={t("keywords")} {...bind("q")} className={`col-span-2 lg:col-span-1 ${cell}`} />
        <RentFilter filters={filters} errors={errors} />
        <div className="col-span-2 row-span-3 flex items-end pb-3 lg:col-span-1">
          <Button className="w-full">{t("submit")}</Button>
        </div>
      </div>
      <MoreFilters filters={filters} errors={errors} />
    </Form>
  );
}

/** The filters beyond city, words and rent, and which of them the search sets (sort is an order, not a filter). */
const EXTRA: FilterField[] = ["type", "furnished", "areaMin", "areaMax", "energyClassMin", "availableFrom"];

/**
 * The other filters (type, the ad's facts, order, availability) in a disclosure (a button that shows or hides
 * the panel: no react-aria on the search page, issue 17 §5), so the form stays short on a phone: closed
 * unless one of them is set or refused. Its fields are submitted either way (hidden inputs still submit).
 */
function MoreFilters({ filters, errors }: { filters: ListingFilters; errors: Errors }) {
  const t = useTranslations("listings.search");
  const bind = binder(filters, errors);
  const tMore = useTranslations("findHome.filters");
  const active = EXTRA.filter((f) => filters[f] !== undefined && filters[f] !== "").length;
  const refused = EXTRA.some((f) => errors[f]);
  const [expanded, setExpanded] = useState(active > 0 || refused || filters.sort !== "newest");
  const panel = useId();
  return (
    <div className="pb-3">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={panel}
        onClick={() => setExpanded(!expanded)}
        className="inline-flex items-center gap-1.5 rounded-md py-1.5 text-sm font-semibold text-teal-800 hover:text-teal-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        <Icon name="sliders-horizontal" className="size-4" />
        {active ? tMore("moreActive", { count: active }) : tMore("more")}
        <Icon name="chevron-down" className={`size-4 transition-transform ${expanded ? "rotate-180" : ""}`} />
      </button>
      <div id={panel} hidden={!expanded}>
        <div className={`${grid} pt-2`}>
          <SelectField label={t("type")} {...bind("type")} className={cell}>
            <option value="">{t("anyType")}</option>
            {listingTypes.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </SelectField>
          <AdFilters filters={filters} errors={errors} />
          <SelectField label={t("sort")} name="sort" defaultValue={filters.sort} className={cell}>
            {searchSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("availableBy")}
            {...bind("availableFrom")}
            type="date"
            className={`col-span-2 lg:col-span-1 ${cell}`}
          />
        </div>
      </div>
    </div>
  );
}

/** The maximum rent (excluding charges) and the currency it is in: amounts in different currencies do not compare. */
function RentFilter({ filters, errors }: { filters: ListingFilters; errors: Errors }) {
  const t = useTranslations("listings.search");
  const bind = binder(filters, errors);
  return (
    <div className="col-span-2 row-span-3 grid grid-cols-[minmax(0,1fr)_auto] grid-rows-subgrid gap-x-2 gap-y-0 pb-3 lg:col-span-1">
      <TextField label={t("priceMax")} {...bind("priceMax")} inputMode="decimal" className={field} />
      <SelectField label={t("currency")} {...bind("currency")} className={field}>
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The French ad filters: furnished or not, living area range (m²), energy class at least X. */
function AdFilters({ filters, errors }: { filters: ListingFilters; errors: Errors }) {
  const t = useTranslations("listings.search");
  const bind = binder(filters, errors);
  return (
    <>
      <SelectField label={t("furnished")} {...bind("furnished")} className={cell}>
        <option value="">{t("furnishedAny")}</option>
        <option value="true">{t("furnishedYes")}</option>
        <option value="false">{t("furnishedNo")}</option>
      </SelectField>
      <TextField label={t("areaMin")} {...bind("areaMin")} inputMode="decimal" className={cell} />
      <TextField label={t("areaMax")} {...bind("areaMax")} inputMode="decimal" className={cell} />
      <SelectField label={t("energyClassMin")} {...bind("energyClassMin")} className={cell}>
        <option value="">{t("anyClass")}</option>
        {energyClasses.map((c) => (
          <option key={c} value={c}>
            {t("classOrBetter", { class: c })}
          </option>
        ))}
      </SelectField>
    </>
  );
}
