import { Link } from "react-router";
import { linkClass } from "../components/button";
import { Card, EmptyState } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatDateTime, useLocale } from "../lib/locale";
import { STATUS_LABELS } from "./application";
import type { Route } from "./+types/applications";

export const meta: Route.MetaFunction = () => [{ title: "My applications — Rentline" }];

/** The renter's applications across landlords, each with its status history. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.applications.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export default function Applications({ loaderData }: Route.ComponentProps) {
  const { results } = loaderData;
  const locale = useLocale();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">My applications</h1>
      {results.length === 0 ? (
        <EmptyState title="No applications yet">
          Build your{" "}
          <Link to="/dossier" className={linkClass}>
            dossier
          </Link>
          , then apply to a listing.
        </EmptyState>
      ) : (
        results.map((a) => (
          <Card key={a.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link to={`/applications/${a.id}`} className={`${linkClass} text-lg`}>
                {a.listingTitle}
              </Link>
              <span
                className="rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800"
                data-status={a.status}
              >
                {STATUS_LABELS[a.status]}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {a.city} · {a.roomName} · from {a.moveInDate} for {a.durationMonths} months
            </p>
            <ol className="mt-2 space-y-1 text-sm text-slate-700">
              {a.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at}>{formatDateTime(h.at, locale)}</time> — {STATUS_LABELS[h.toStatus]} by{" "}
                  {h.actorName}
                </li>
              ))}
            </ol>
            {a.status === "confirmed" ? (
              <Link to={`/homes/${a.apartmentId}`} className={`${linkClass} mt-2 inline-block`}>
                Open my home
              </Link>
            ) : null}
          </Card>
        ))
      )}
    </div>
  );
}
