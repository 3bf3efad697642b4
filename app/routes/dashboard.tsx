import { Link } from "react-router";
import { ButtonLink } from "../components/button";
import { EmptyState, PageHeader } from "../components/page";
import { Pagination } from "../components/pagination";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { PAGE_SIZE, pageParam } from "../lib/paging";
import { useCan, useShell } from "../lib/shell";
import type { Route } from "./+types/dashboard";

export const meta: Route.MetaFunction = () => [{ title: "Dashboard — Rentline" }];

/** One page of the org's properties (GET /api/properties, `?page=`), with unread chat counts. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const page = pageParam(request);
  const res = await getServer(context).api.properties.$get({ query: { page: String(page), limit: String(PAGE_SIZE) } });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { results, total, page, limit } = loaderData;
  const { org } = useShell();
  const canEdit = useCan("portfolio.edit");
  const addProperty = canEdit ? <ButtonLink to="/properties/new">Add property</ButtonLink> : null;
  return (
    <>
      <PageHeader
        title="Properties"
        subtitle={
          <>
            {org?.orgName} · {total === 1 ? "1 property" : `${total} properties`}
          </>
        }
        actions={addProperty}
      />
      {results.length === 0 ? (
        <EmptyState
          title={page > 1 ? "Nothing on this page" : "No properties yet"}
          action={
            page > 1 ? (
              <ButtonLink to="/dashboard" variant="secondary">
                Back to the first page
              </ButtonLink>
            ) : (
              addProperty
            )
          }
        >
          {page > 1
            ? null
            : canEdit
              ? "Add your first building or house, then the apartments in it."
              : "When an owner or manager adds properties, they appear here."}
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
                      {p.unread} unread
                    </span>
                  ) : null}
                </span>
                <span className="mt-1 block text-sm break-words text-slate-600">{p.address}</span>
                <span className="block text-sm text-slate-600">
                  {p.postalCode} {p.city}, {p.country}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} limit={limit} total={total} label="Properties pages" />
    </>
  );
}

// Errors render inside the app shell, so the navigation (org switcher, sign out) stays usable.
export { RouteErrorBoundary as ErrorBoundary } from "../components/route-error";
