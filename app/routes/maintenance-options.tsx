import { redirect } from "react-router";
import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import type { Route } from "./+types/maintenance-options";

/**
 * Resource route (no page): whom a request can be assigned to, loaded by the request page's "Assign" panel
 * when it opens, so the page itself reads the API once. `?what=team`: the org's members (GET /orgs/current),
 * maintenance staff first; `?what=vendors`: the org's vendors (GET /vendors). One API call either way.
 * For the board's "New request": `?what=apartments`, the org's buildings with their apartments (GET
 * /properties and /apartments, the first 100 of each); `?what=report&apartmentId=`, a redirect to that
 * apartment's report form.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const search = new URL(request.url).searchParams;
  const empty = { team: [], vendors: [], buildings: [] };
  if (search.get("what") === "report") {
    const id = search.get("apartmentId") ?? "";
    throw redirect(/^[\w-]{1,64}$/.test(id) ? `/apartments/${id}/report` : "/maintenance");
  }
  if (search.get("what") === "apartments") return { ...empty, buildings: await buildingsOf(api, request) };
  if (search.get("what") === "vendors") {
    const res = await workApi(api).vendors.$get();
    if (!res.ok) return throwApiError(res, request);
    return { ...empty, vendors: (await res.json()).results };
  }
  const res = await api.orgs.current.$get();
  if (!res.ok) return throwApiError(res, request);
  const { members } = await res.json();
  const team = members
    .map(({ userId, name, role }) => ({ userId, name, role }))
    .sort((a, b) => Number(b.role === "maintenance") - Number(a.role === "maintenance"));
  return { ...empty, team };
}

/** The org's buildings by name, each with its apartments by unit number (those without any left out). */
async function buildingsOf(api: ReturnType<typeof getServer>["api"], request: Request) {
  const query = { page: "1", limit: "100" };
  const [props, flats] = await Promise.all([api.properties.$get({ query }), api.apartments.$get({ query })]);
  if (!props.ok) return throwApiError(props, request);
  if (!flats.ok) return throwApiError(flats, request);
  const apartments = (await flats.json()).results;
  return (await props.json()).results
    .map((p) => ({
      id: p.id,
      name: p.name,
      apartments: apartments
        .filter((a) => a.propertyId === p.id)
        .map((a) => ({ id: a.id, unitNumber: a.unitNumber }))
        .sort((a, b) => a.unitNumber.localeCompare(b.unitNumber, undefined, { numeric: true })),
    }))
    .filter((p) => p.apartments.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}
