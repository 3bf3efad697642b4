import { Form, Link } from "react-router";
import { linkClass } from "../components/button";
import { TextField } from "../components/field";
import { EmptyState, PageHeader } from "../components/page";
import { RentChart } from "../components/rent-chart";
import { throwApiError } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { formatMoney } from "../../worker/lib/money";
import type { Route } from "./+types/rent";

export const meta: Route.MetaFunction = () => [{ title: "Rent — Rentline" }];

/** The org's rent for a month: expected vs collected, overdue leases, and 12 months of history (GET /api/dashboard/rent). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const month = new URL(request.url).searchParams.get("month") ?? undefined;
  const res = await getServer(context).api.dashboard.rent.$get({
    query: { month: month && /^\d{4}-\d{2}$/.test(month) ? month : undefined },
  });
  if (!res.ok) return throwApiError(res, request);
  return res.json();
}

export default function Rent({ loaderData }: Route.ComponentProps) {
  const { month, totals, overdue, series } = loaderData;
  return (
    <>
      <PageHeader
        title="Rent"
        subtitle={`Expected and collected for ${month}`}
        actions={
          <Form method="get" className="flex items-end gap-2">
            <TextField label="Month" name="month" type="month" defaultValue={month} />
            <button className="rounded-lg border border-slate-300 px-3 py-2 text-sm">Show</button>
          </Form>
        }
      />
      {totals.length === 0 ? (
        <EmptyState title="No rent yet">Rent appears here once leases are charged.</EmptyState>
      ) : (
        <div className="space-y-6">
          <ul className="grid gap-3 sm:grid-cols-3" data-testid="rent-totals">
            {totals.map((t) => (
              <li key={t.currency} className="rounded-xl border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-600">Expected · {t.currency}</p>
                <p className="text-xl font-semibold">{formatMoney(t.expected, t.currency)}</p>
                <p className="mt-2 text-sm text-slate-600">Collected</p>
                <p className="text-xl font-semibold text-teal-800">{formatMoney(t.collected, t.currency)}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {t.expected ? Math.round((t.collected / t.expected) * 100) : 0}% collected
                </p>
              </li>
            ))}
          </ul>
          <section aria-labelledby="overdue-title" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="overdue-title" className="text-lg font-semibold">
              Overdue
            </h2>
            {overdue.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">Nothing overdue.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="overdue">
                {overdue.map((o) => (
                  <li key={o.leaseId} className="flex flex-wrap justify-between gap-2 py-2">
                    <Link to={`/apartments/${o.apartmentId}`} className={linkClass}>
                      {o.propertyName}, unit {o.unitNumber}
                    </Link>
                    <span className="text-slate-700">{o.renters}</span>
                    <span className="font-medium text-red-800">
                      {formatMoney(o.amount, o.currency)} · {o.daysLate} days late
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {series.map((s) => (
            <section key={s.currency} className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">Last 12 months · {s.currency}</h2>
              <RentChart months={s.months} currency={s.currency} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
