import { Icon } from "./ui/icon";
import { Link } from "react-router";
import { useTranslations } from "use-intl";
import type { ApartmentListing } from "../../worker/apartments/contract";
import { formatDate } from "../../worker/lib/i18n/format";
import { useFormatLocale } from "../i18n/format-locale";
import { buttonClass, linkClass } from "./button";
import { Badge } from "./ui/badge";

/**
 * A vacant apartment's way to its next renter (issue 14 tester): its listings (drafts, published, taken
 * down) with the applications waiting for a decision and the links to act on them, or "Publish a listing"
 * prefilled with this apartment. Shown to members who manage listings (the page's `listings` is empty for
 * everyone else, so `canManage` decides only whether to offer publishing).
 */
export function ApartmentListings({
  apartmentId,
  listings,
  canManage,
}: {
  apartmentId: string;
  listings: ApartmentListing[];
  canManage: boolean;
}) {
  const t = useTranslations("apartmentTabs.listing");
  const locale = useFormatLocale();
  if (!canManage) return null;
  return (
    <section
      aria-labelledby="apartment-listing-title"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="apartment-listings"
    >
      <h2 id="apartment-listing-title" className="flex items-center gap-2 text-lg font-semibold">
        <Icon name="megaphone" className="size-5 text-slate-500" />
        {t("title")}
      </h2>
      {listings.length === 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">{t("none")}</p>
          <Link to={`/manage/listings/new?apartmentId=${apartmentId}`} className={buttonClass("primary")}>
            {t("publish")}
          </Link>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {listings.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-3 py-2 first:pt-0 last:pb-0">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2">
                  <Link to={`/manage/listings/${l.id}`} className={`${linkClass} font-medium`}>
                    <bdi>{l.title}</bdi>
                  </Link>
                  <Badge tone={l.status === "published" ? "success" : l.status === "draft" ? "neutral" : "danger"}>
                    {l.status === "closed" ? null : t(`status.${l.status}`)}
                  </Badge>
                </p>
                <p className="text-sm text-slate-600">
                  {t("available", { date: formatDate(l.availableFrom, locale) })} ·{" "}
                  {t("applications", { count: l.pendingApplications })}
                </p>
              </div>
              {l.pendingApplications > 0 && (
                <Link to={`/manage/listings/${l.id}/applications`} className={buttonClass("secondary")}>
                  {t("review")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
