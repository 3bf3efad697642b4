import { Link, useLocation } from "react-router";
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
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Previous
        </span>
      )}
      <p className="text-sm text-slate-600">
        Page {Math.min(page, pages)} of {pages}
      </p>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={buttonClass("secondary")}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          Next
        </span>
      )}
    </nav>
  );
}
