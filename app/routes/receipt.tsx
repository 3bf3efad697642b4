import { filePage, refusedFile } from "../lib/file-pages.server";
import { formatPeriod } from "../../worker/lib/i18n/format";
import { requestFormatLocale, translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/receipt";

/**
 * `/leases/:id/receipts/:period` (`?kind=partial`: the receipt of a partial payment, loi 89-462 art. 21; else
 * the quittance): the receipt PDF through the API. The first request queues its rendering;
 * meanwhile the browser gets a tiny page, in the request's language, that reloads itself until the PDF is ready.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const kind = new URL(request.url).searchParams.get("kind") === "partial" ? "partial" : "full";
  const res = await getServer(context).api.leases[":id"].receipts[":period"].$get({
    param: { id: params.id, period: params.period },
    query: { kind },
  });
  const formatLocale = requestFormatLocale(request);
  const t = translate(request, "receipt");
  if (res.status === 202) {
    const text = t("preparing", { period: formatPeriod(params.period, formatLocale) });
    return filePage(request, { heading: t("preparingTitle"), text, status: 202, refresh: true });
  }
  // Not paid yet, the landlord's legal identity missing, an unprintable name: said in the reader's language;
  // no access (another org, a maintenance member): the app's words for that.
  if (!res.ok) return refusedFile(res, request, t("refusedTitle"), { org_identity_missing: t("identityHint") });
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  });
}
