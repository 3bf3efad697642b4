import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { buttonClass } from "./button";

/** Previous / next links for a `?page=` list; renders nothing when everything fits on one page. */
export function Pagination({
  page,
  limit,
  total,
  label,
}: {
  page: number;
  limit: number;
  total: number;
  label: string;
}) {
  const t = useTranslations("ui.pagination");
  const { pathname, search } = useLocation();
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  const hrefFor = (n: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(n));
    return `${pathname}?${params}`;
  };
  const disabled = `${buttonClass("secondary")} pointer-events-none opacity-50`;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={buttonClass("secondary")}>
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>
          {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {t("previous")}
        </span>
      )}
      <p className="text-sm text-slate-600">{t("pageOf", { page: Math.min(page, pages), pages })}</p>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={buttonClass("secondary")}>
          {t("next")}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {t("next")}
        </span>
      )}
    </nav>
  );
}
