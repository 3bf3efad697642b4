import { Link } from "react-router";
import { linkClass } from "../components/button";
import { Card, EmptyState } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { useApplicationStatus } from "../components/application-status";
import type { Route } from "./+types/listing-applications";

export const meta: Route.MetaFunction = () => [{ title: "Applications — Rentline" }];

/** The landlord's review list for one listing: places left per room, and every application. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const res = await getServer(context).api.listings[":id"].applications.$get({ param: { id: params.id } });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export default function ListingApplications({ loaderData }: Route.ComponentProps) {
  const { listing, rooms, results } = loaderData;
  const status = useApplicationStatus();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div>
        <p className="text-sm text-slate-600">Applications for</p>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{listing.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {rooms.map((r) => `${r.name}: ${r.capacity - r.filled} of ${r.capacity} place(s) left`).join(" · ")} · listing{" "}
          {listing.status}
        </p>
      </div>
      {results.length === 0 ? (
        <EmptyState title="No applications yet" />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-200">
            {results.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link to={`/applications/${a.id}`} className={linkClass}>
                    {a.renterName}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {a.roomName} · from {a.moveInDate}, {a.durationMonths} months · {a.guarantors} guarantor(s)
                  </p>
                </div>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-sm">{status(a.status)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
