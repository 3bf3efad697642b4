import { data, redirect } from "react-router";
import { getServer } from "../lib/context.server";
import { erasureRefusal, postedPassword, type ErasureReply } from "../lib/erasure.server";
import type { Route } from "./+types/org-close";

/**
 * POST only (the settings page's "Close this organization" dialog, owners): closes the current org through
 * the API (POST /api/orgs/current/close) and answers until when its data is kept, which the dialog says. A
 * refusal (wrong password, not an owner) goes back to the dialog.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const res = await getServer(context).api.orgs.current.close.$post({
    json: postedPassword(await request.formData()),
  });
  if (!res.ok) return erasureRefusal(res, request);
  const closed = await res.json();
  return data<ErasureReply>({ ok: true, purgeAfter: closed.purgeAfter });
}

export function loader() {
  return redirect("/settings");
}
