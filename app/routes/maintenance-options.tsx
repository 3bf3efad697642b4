import { throwApiError } from "../lib/api.server";
import { getServer, workApi } from "../lib/context.server";
import type { Route } from "./+types/maintenance-options";

/**
 * Resource route (no page): whom a request can be assigned to, loaded by the request page's "Assign" panel
 * when it opens, so the page itself reads the API once. `?what=team`: the org's members (GET /orgs/current),
 * maintenance staff first; `?what=vendors`: the org's vendors (GET /vendors). One API call either way.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  if (new URL(request.url).searchParams.get("what") === "vendors") {
    const res = await workApi(api).vendors.$get();
    if (!res.ok) return throwApiError(res, request);
    return { team: [], vendors: (await res.json()).results };
  }
  const res = await api.orgs.current.$get();
  if (!res.ok) return throwApiError(res, request);
  const { members } = await res.json();
  const team = members
    .map(({ userId, name, role }) => ({ userId, name, role }))
    .sort((a, b) => Number(b.role === "maintenance") - Number(a.role === "maintenance"));
  return { team, vendors: [] };
}
