import { translate } from "../i18n/translate.server";
import { refusedFile } from "../lib/file-pages.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/expense-receipt";

/** `/expenses/:id/receipt`: an expense's receipt (photo or PDF) through the API, shown inline. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.expenses[":id"].receipt.$get({ param: { id: params.id } });
  if (!res.ok) return refusedFile(res, request, translate(request, "errors")("other.title"));
  return new Response(res.body, {
    headers: {
      "content-type": res.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": res.headers.get("content-disposition") ?? "inline",
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
