import { redirect } from "react-router";
import { textDirection } from "../../worker/lib/i18n/locales";
import { requestLocale, translate } from "../i18n/translate.server";
import { type ApiResponse, loginUrl, readProblem } from "./api.server";
import { errorCaseOf } from "./error-cases";
import { FAVICON } from "./favicon";

/**
 * The small pages of routes that answer a file (rent receipts, statements, rent revision letters, CSV exports):
 * they have no app page around them, so while a PDF renders, or when the API refuses, the browser gets a
 * tiny HTML page in the reader's language (`lang`, `dir`, a title, readable on a phone).
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * A page with `heading` and `text` (and optional `hint` paragraph), status `status`. `refresh`: it reloads
 * itself every 2 seconds (a PDF being rendered, 202); otherwise it offers a way back.
 */
export function filePage(
  request: Request,
  page: { heading: string; text: string; hint?: string; status: number; refresh?: boolean },
): Response {
  const locale = requestLocale(request);
  const title = escapeHtml(translate(request, "shell")("pageTitle", { title: page.heading }));
  const icon = `<link rel="icon" type="image/svg+xml" href="${escapeHtml(FAVICON)}">`;
  const head = `<meta name="viewport" content="width=device-width, initial-scale=1">${icon}${page.refresh ? '<meta http-equiv="refresh" content="2">' : ""}`;
  const hint = page.hint ? `<p>${escapeHtml(page.hint)}</p>` : "";
  const back = page.refresh ? "" : `<p><a href="/">${escapeHtml(translate(request, "errors")("back"))}</a></p>`;
  const html = `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head>${head}<title>${title}</title></head><body style="font-family:system-ui;margin:2rem;max-width:40rem;line-height:1.5"><h1 style="font-size:1.25rem">${escapeHtml(page.heading)}</h1><p>${escapeHtml(page.text)}</p>${hint}${back}</body></html>`;
  return new Response(html, {
    status: page.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

/**
 * What a file route answers when the API refuses `res`: a signed-out reader goes to the login page and back;
 * a refusal of access (403, 404: another org's file, a role that may not, a disabled org, a ban) says so in
 * the app's error words (`errors` catalogue), never that the file "cannot be issued yet"; any other refusal
 * (the month not paid, the landlord's identity missing, an unprintable name) is `refusedTitle` with the
 * problem's sentence in the reader's language, plus `hints[code]` when there is one.
 */
export async function refusedFile(
  res: ApiResponse,
  request: Request,
  refusedTitle: string,
  hints: Partial<Record<string, string>> = {},
): Promise<Response> {
  const problem = await readProblem(res, request);
  if (problem.status === 401) throw redirect(loginUrl(request));
  // Without an org (a renter following a landlord's link), it is simply not theirs: "not allowed", not "create one".
  const which = problem.code === "no_org" ? "forbidden" : errorCaseOf(problem);
  if (which !== "other") {
    const t = translate(request, "errors");
    return filePage(request, { heading: t(`${which}.title`), text: t(`${which}.body`), status: problem.status });
  }
  const hint = problem.code ? hints[problem.code] : undefined;
  return filePage(request, { heading: refusedTitle, text: problem.detail, hint, status: problem.status });
}
