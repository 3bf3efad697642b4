import { translate } from "../i18n/translate.server";
import { readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/receipt";

/**
 * `/leases/:id/receipts/:period`: the receipt PDF through the API. The first request queues its rendering;
 * meanwhile the browser gets a tiny page that reloads itself until the PDF is ready.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.leases[":id"].receipts[":period"].$get({
    param: { id: params.id, period: params.period },
  });
  if (res.status === 202) {
    const html = `<!doctype html><html><head><meta http-equiv="refresh" content="2"><title>Preparing your receipt — Rentline</title></head><body style="font-family:system-ui;margin:2rem"><p>Preparing your receipt for ${params.period}… this page reloads by itself.</p></body></html>`;
    return new Response(html, {
      status: 202,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  if (!res.ok) {
    const problem = await readProblem(res);
    // Our own sentence for the codes the problems catalogue has, in the page's language (not the API's English).
    const text =
      problem.code === "org_identity_missing" ? translate(request, "problems")(problem.code) : problem.detail;
    return new Response(text, {
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
