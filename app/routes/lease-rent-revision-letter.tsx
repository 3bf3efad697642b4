import { translate } from "../i18n/translate.server";
import { filePage, refusedFile } from "../lib/file-pages.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/lease-rent-revision-letter";

/**
 * `/leases/:id/rent-revision/letter?revision=…`: a rent revision letter's PDF through the API. While it
 * renders, the browser gets a tiny page (in the viewer's language) that reloads itself until the PDF is ready.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const revision = new URL(request.url).searchParams.get("revision") ?? undefined;
  const res = await getServer(context).api.leases[":id"]["rent-revision"].letter.$get({
    param: { id: params.id },
    query: revision ? { revision } : {},
  });
  const t = translate(request, "rentRevision");
  if (res.status === 202)
    return filePage(request, {
      heading: t("letterPreparingTitle"),
      text: t("letterPreparing"),
      status: 202,
      refresh: true,
    });
  if (!res.ok) return refusedFile(res, request, t("letterUnavailable"));
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  });
}
