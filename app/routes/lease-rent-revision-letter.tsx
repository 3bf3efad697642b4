import { translate } from "../i18n/translate.server";
import { readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { translatedProblem } from "../lib/problem-sentence";
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
  if (res.status === 202) {
    const html = `<!doctype html><html><head><meta http-equiv="refresh" content="2"><title>${t("letterPreparingTitle")}</title></head><body style="font-family:system-ui;margin:2rem"><p>${t("letterPreparing")}</p></body></html>`;
    return new Response(html, {
      status: 202,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  if (!res.ok) {
    const code = translatedProblem((await readProblem(res, request)).code);
    return new Response(code ? translate(request, "problems")(code) : t("letterUnavailable"), {
      status: res.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(res.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": res.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  });
}
