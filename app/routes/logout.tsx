import { redirect } from "react-router";
import { forwardCookies } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { clearedOrgCookie } from "../lib/cookies.server";
import { safeNext, withNext } from "../lib/safe-next";
import type { Route } from "./+types/logout";

/** POST only: ends the session in the API (which clears the session cookies) and forgets the chosen org; `next` carries over to sign-in. */
export async function action({ context, request }: Route.ActionArgs) {
  const next = safeNext((await request.formData()).get("next"), "");
  const res = await getServer(context).api.auth.logout.$post();
  const headers = forwardCookies(res);
  headers.append("set-cookie", clearedOrgCookie());
  return redirect(withNext("/login", next), { headers });
}

export function loader() {
  return redirect("/");
}
