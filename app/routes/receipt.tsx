import { readProblem } from "../lib/api.server";
import { formatPeriod } from "../../worker/lib/i18n/format";
import { requestFormatLocale, requestLocale, translate } from "../i18n/translate.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/receipt";
import { textDirection } from "../../worker/lib/i18n/locales";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

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
  const locale = requestLocale(request);
  const formatLocale = requestFormatLocale(request);
  const t = translate(request, "receipt");
  if (res.status === 202) {
    const title = translate(request, "shell")("pageTitle", { title: t("preparingTitle") });
    const text = t("preparing", { period: formatPeriod(params.period, formatLocale) });
    const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta http-equiv="refresh" content="2"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui;margin:2rem"><p>${escapeHtml(text)}</p></body></html>`;
    return new Response(html, {
      status: 202,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  }
  if (!res.ok) {
    // The refusal in the reader's language (not paid yet, the landlord's legal identity missing, an
    // unprintable name…), never the API's English detail, on a page with a way back.
    const problem = await readProblem(res, request);
    const title = translate(request, "shell")("pageTitle", { title: t("refusedTitle") });
    const settings = problem.code === "org_identity_missing" ? `<p>${escapeHtml(t("identityHint"))}</p>` : "";
    const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui;margin:2rem;max-width:40rem;line-height:1.5"><h1 style="font-size:1.25rem">${escapeHtml(t("refusedTitle"))}</h1><p>${escapeHtml(problem.detail)}</p>${settings}<p><a href="/">${escapeHtml(t("back"))}</a></p></body></html>`;
    return new Response(html, {
      status: res.status,
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
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
