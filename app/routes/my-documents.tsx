import { Link } from "react-router";
import { StatusBadge } from "../components/documents-panel";
import { EmptyState, PageHeader } from "../components/page";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/my-documents";

export const meta: Route.MetaFunction = () => [{ title: "My documents — Rentline" }];

/** A renter's agreements across every home and org (GET /api/me/agreements). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.me.agreements.$get();
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export default function MyDocuments({ loaderData }: Route.ComponentProps) {
  const { documents } = loaderData;
  return (
    <>
      <PageHeader title="My documents" subtitle="Your rental agreements, to complete, sign and download." />
      {documents.length === 0 ? (
        <EmptyState title="No documents yet">
          When a landlord prepares a rental agreement for one of your homes, it appears here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {documents.map((d) => (
            <li key={d.id}>
              <Link
                to={`/documents/${d.id}`}
                className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words">{d.title}</span>
                  <span className="block text-sm text-slate-600">
                    {d.address}, unit {d.unit} · {d.orgName}
                  </span>
                </span>
                <StatusBadge status={d.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
