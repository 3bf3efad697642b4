import { translate } from "../i18n/translate.server";
import { refusedFile } from "../lib/file-pages.server";
import { auditQueryOf } from "../lib/audit-filters.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/audit-export";

/**
 * `/settings/audit/export?…`: the trail the page's filters match as a CSV download (GET
 * /api/orgs/current/audit?format=csv, streamed through): every entry, newest first, up to the API's 10 000.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { api } = getServer(context);
  const settings = await api.orgs.current.settings.$get();
  if (!settings.ok) return refusedFile(settings, request, translate(request, "errors")("other.title"));
  const { timezone } = await settings.json();
  const query = { ...auditQueryOf(new URL(request.url), timezone, 1), format: "csv" as const };
  const res = await api.orgs.current.audit.$get({ query });
  if (!res.ok) return refusedFile(res, request, translate(request, "errors")("other.title"));
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "text/csv; charset=utf-8",
      "content-disposition": res.headers.get("content-disposition") ?? 'attachment; filename="audit.csv"',
      "cache-control": "private, no-store",
    },
  });
}
