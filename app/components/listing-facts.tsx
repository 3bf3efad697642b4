import { useTranslations } from "use-intl";
import type { z } from "zod";
import type { publicListingView } from "../../worker/listings/contract";
import { formatMoney, formatNumber } from "../../worker/lib/i18n/format";
import { EnergyBadge, EnergyLabel } from "./energy-label";
import { useFormatLocale } from "../i18n/format-locale";

type Listing = z.infer<typeof publicListingView>;

/**
 * What a French ad must show, the way French ads show it (loi n° 89-462 art. 3-1, décret n° 2022-780, CCH
 * art. L126-33): living area, rooms, furnished or not, charges and their kind, deposit, then the DPE and
 * GES labels and the yearly energy cost estimate with the year of its prices. A field the landlord has not
 * stated reads "not stated" (listings outside France may leave them out).
 */
export function ListingFacts({ listing }: { listing: Listing }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("listings");
  const money = (n: number) => formatMoney(n, listing.currency, formatLocale);
  const notStated = t("facts.notStated");
  const charges = listing.chargesKind
    ? `${t("facts.charges", { amount: money(listing.chargesAmount) })} (${t(`facts.chargesKinds.${listing.chargesKind}`)})`
    : t("facts.charges", { amount: money(listing.chargesAmount) });
  const facts: [string, string][] = [
    [
      t("facts.livingArea"),
      listing.livingArea === null
        ? notStated
        : t("facts.area", { area: formatNumber(listing.livingArea, formatLocale) }),
    ],
    ...(listing.roomsCount === null
      ? []
      : [[t("facts.roomsLabel"), t("facts.rooms", { count: listing.roomsCount })] as [string, string]]),
    [
      t("facts.furnishedLabel"),
      listing.furnished === null ? notStated : listing.furnished ? t("facts.furnished") : t("facts.unfurnished"),
    ],
    [t("facts.chargesLabel"), listing.chargesKind === "included" ? t("facts.chargesKinds.included") : charges],
    [t("facts.depositLabel"), money(listing.depositAmount)],
  ];
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="listing-facts">
      <h2 id="listing-facts" className="font-semibold">
        {t("facts.heading")}
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3" data-testid="listing-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-4 font-semibold">{t("dpe.heading")}</h2>
      <EnergyLabels listing={listing} />
      <EnergyCosts listing={listing} />
    </section>
  );
}

function EnergyLabels({ listing }: { listing: Listing }) {
  const t = useTranslations("listings");
  if (listing.energyClass === null) return <p className="mt-1 text-sm">{t("facts.notStated")}</p>;
  if (listing.energyClass === "not_required")
    return (
      <p className="mt-1 text-sm font-medium" data-testid="energy-label" data-class="not_required">
        {t("dpe.notRequired")}
      </p>
    );
  return (
    <div className="mt-2 flex flex-col gap-4 sm:flex-row">
      <EnergyLabel kind="energy" value={listing.energyClass} />
      {listing.ghgClass ? (
        <EnergyLabel kind="ghg" value={listing.ghgClass} />
      ) : (
        <p className="flex-1 text-sm">{t("dpe.labelled", { label: t("dpe.ghg"), value: t("facts.notStated") })}</p>
      )}
    </div>
  );
}

function EnergyCosts({ listing }: { listing: Listing }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("listings.dpe");
  const { energyCostMin: min, energyCostMax: max, energyPriceYear: year } = listing;
  if (min === null && max === null) return null;
  const money = (n: number) => formatMoney(n, listing.currency, formatLocale);
  const sentence =
    min !== null && max !== null
      ? t("costs", { min: money(min), max: money(max) })
      : min !== null
        ? t("costsFrom", { min: money(min) })
        : t("costsUpTo", { max: money(max!) });
  return (
    <p className="mt-3 text-sm text-slate-700" data-testid="energy-costs">
      {sentence}
      {year === null ? "" : ` ${t("priceYear", { year: String(year) })}`}
    </p>
  );
}

type Summary = Pick<Listing, "livingArea" | "roomsCount" | "furnished" | "energyClass">;

/** A search result card's line of facts: area, rooms, furnished, DPE class (those the listing states). */
export function ListingCardFacts({ listing }: { listing: Summary }) {
  const formatLocale = useFormatLocale();
  const t = useTranslations("listings.card");
  const parts = [
    listing.livingArea === null ? null : t("area", { area: formatNumber(listing.livingArea, formatLocale) }),
    listing.roomsCount === null ? null : t("rooms", { count: listing.roomsCount }),
    listing.furnished === null ? null : listing.furnished ? t("furnished") : t("unfurnished"),
  ].filter((p) => p !== null);
  return (
    <span className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-slate-700" data-testid="card-facts">
      {parts.map((p) => (
        <span key={p}>{p}</span>
      ))}
      {listing.energyClass && <EnergyBadge value={listing.energyClass} />}
    </span>
  );
}
