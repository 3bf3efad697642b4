import { addDays } from "../../worker/lib/calendar";
import type { ServerContext } from "./context.server";

type Api = ServerContext["api"];

/**
 * What the new-listing page knows of the org's apartments today (GET /api/dashboard): the ids of the vacant
 * ones and the org's today (`YYYY-MM-DD`, its time zone). Null when the dashboard cannot be read (a role
 * without it): every apartment is then offered without a let/vacant mark.
 */
export async function occupancyToday(api: Api): Promise<{ vacant: Set<string>; today: string } | null> {
  const res = await api.dashboard.$get({ query: {} });
  if (!res.ok) return null;
  const dashboard = await res.json();
  return { vacant: new Set(dashboard.vacancies.map((v) => v.apartmentId)), today: dashboard.today };
}

/**
 * The first day a let apartment is free (GET /api/apartments/{id}/leases): the day after its running or
 * upcoming leases' latest end. Null when a lease runs with no end (the landlord picks the date).
 */
export async function freeFrom(api: Api, apartmentId: string): Promise<string | null> {
  const res = await api.apartments[":id"].leases.$get({ param: { id: apartmentId } });
  if (!res.ok) return null;
  const running = (await res.json()).results.filter((l) => l.status === "current" || l.status === "upcoming");
  if (running.length === 0 || running.some((l) => l.endDate === null)) return null;
  const last = running.map((l) => l.endDate ?? "").sort()[running.length - 1];
  return last ? addDays(last, 1) : null;
}
