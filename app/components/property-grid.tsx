import { Link } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { countryName } from "../../worker/lib/countries";
import { ButtonLink } from "./button";
import { EmptyState } from "./page";
import { Pagination } from "./pagination";

type Property = {
  id: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  unread?: number;
};
type PropertyPage = { results: Property[]; total: number; page: number; limit: number };

/** A page of the org's properties as cards (with unread chat), its empty state and its pages. */
export function PropertyGrid({ properties, addProperty }: { properties: PropertyPage; addProperty: React.ReactNode }) {
  const { results, total, page, limit } = properties;
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return (
    <>
      {results.length === 0 ? (
        <EmptyState
          title={page > 1 ? t("emptyPage") : t("empty")}
          action={
            page > 1 ? (
              <ButtonLink to="/dashboard" variant="secondary">
                {t("firstPage")}
              </ButtonLink>
            ) : (
              addProperty
            )
          }
        >
          {page > 1 ? null : addProperty ? t("emptyEditor") : t("emptyViewer")}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {results.map((p) => (
            <li key={p.id}>
              <Link
                to={`/properties/${p.id}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-teal-600 hover:shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
              >
                <span className="flex items-start justify-between gap-2">
                  <span className="block font-semibold break-words text-slate-900">{p.name}</span>
                  {p.unread ? (
                    <span
                      className="shrink-0 rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white"
                      data-testid="unread"
                    >
                      {t("unread", { count: p.unread })}
                    </span>
                  ) : null}
                </span>
                <bdi className="mt-1 block text-sm break-words text-slate-600">{p.address}</bdi>
                <span className="block text-sm text-slate-600">
                  <bdi>
                    {t("place", { postalCode: p.postalCode, city: p.city, country: countryName(p.country, locale) })}
                  </bdi>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} limit={limit} total={total} label={t("pages")} />
    </>
  );
}
