import { redirect } from "react-router";
import { formatPeriod } from "../../worker/lib/i18n/format";
import { requestLocale, translate } from "../i18n/translate.server";
import { filePage, refusedFile } from "../lib/file-pages.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/property-statement-download";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

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
    return filePage(request, { heading: t("statement.preparingTitle"), text, status: 202, refresh: true });
  }
  if (!res.ok) return refusedFile(res, request, t("statement.refusedTitle"));
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
  if (!res.ok) return refusedFile(res, request, translate(request, "expenses")("statement.refusedTitle"));
  throw redirect(`/properties/${params.id}/statement/download?month=${month}&format=pdf`);
}
