import { redirect } from "react-router";
import { formatPeriod } from "../../worker/lib/i18n/format";
import { textDirection } from "../../worker/lib/i18n/locales";
import { requestLocale, translate } from "../i18n/translate.server";
import { readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/property-statement-download";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A tiny page in the request's language (a PDF download has no app page around it), refreshing if `refresh`. */
function page(request: Request, heading: string, text: string, status: number, refresh: boolean) {
  const locale = requestLocale(request);
  const t = translate(request, "expenses");
  const title = escapeHtml(translate(request, "shell")("pageTitle", { title: heading }));
  const head = `<meta name="viewport" content="width=device-width, initial-scale=1">${refresh ? '<meta http-equiv="refresh" content="2">' : ""}`;
  const back = refresh ? "" : `<p><a href="javascript:history.back()">${escapeHtml(t("statement.back"))}</a></p>`;
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head>${head}<title>${title}</title></head><body style="font-family:system-ui;margin:2rem;max-width:40rem;line-height:1.5"><p>${escapeHtml(text)}</p>${back}</body></html>`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * `/properties/:id/statement/download?month=&format=csv|pdf`: the statement's CSV (at once) or PDF through the
 * API. While the PDF renders on the queue, a small page in the visitor's language reloads itself until it is
 * ready; a refusal is told in their language with a way back.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const month = url.searchParams.get("month") ?? "";
  const query = MONTH.test(month) ? { month } : {};
  const { api } = getServer(context);
  const t = translate(request, "expenses");
  const res =
    url.searchParams.get("format") === "csv"
      ? await api.properties[":id"].statement.$get({ param: { id: params.id }, query: { ...query, format: "csv" } })
      : await api.properties[":id"].statement.pdf.$get({ param: { id: params.id }, query });
  if (res.status === 202) {
    const text = t("statement.preparing", { month: formatPeriod(month || "2000-01", requestLocale(request)) });
    return page(request, t("statement.preparingTitle"), text, 202, true);
  }
  if (!res.ok) {
    const problem = await readProblem(res, request);
    return page(request, t("statement.refusedTitle"), problem.detail, res.status, false);
  }
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": res.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  });
}

/** The PDF button: renders it afresh (the month's money may have changed), then waits for it on the GET. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const month = new URL(request.url).searchParams.get("month") ?? "";
  const query = MONTH.test(month) ? { month } : {};
  const res = await getServer(context).api.properties[":id"].statement.pdf.$post({ param: { id: params.id }, query });
  if (!res.ok) {
    const t = translate(request, "expenses");
    return page(request, t("statement.refusedTitle"), (await readProblem(res, request)).detail, res.status, false);
  }
  throw redirect(`/properties/${params.id}/statement/download?month=${month}&format=pdf`);
}
