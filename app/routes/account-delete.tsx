import { redirect } from "react-router";
import { forwardCookies } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { clearedOrgCookie } from "../lib/cookies.server";
import { erasureRefusal, postedPassword } from "../lib/erasure.server";
import type { Route } from "./+types/account-delete";

/**
 * POST only (the account page's "Delete my account" dialog): erases the account through the API
 * (POST /api/me/erasure, which clears the session cookies) and lands on the home page signed out, which says
 * it was done (`?erased=1`). A refusal (wrong password, 409 last owner) goes back to the dialog.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const res = await getServer(context).api.me.erasure.$post({ json: postedPassword(await request.formData()) });
  if (!res.ok) return erasureRefusal(res, request);
  const headers = forwardCookies(res);
  headers.append("set-cookie", clearedOrgCookie());
  return redirect("/?erased=1", { headers });
}

export function loader() {
  return redirect("/account");
}
