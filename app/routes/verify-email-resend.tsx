import { redirect } from "react-router";
import { loginUrl, readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import { safeNext } from "../lib/safe-next";
import type { Route } from "./+types/verify-email-resend";

/** POST only: asks the API for a new confirmation link, then returns to the page the banner was on. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const next = new URL(safeNext(form.get("next"), "/account"), "http://rentline.invalid");
  const res = await getServer(context).api.auth["verify-email"].resend.$post();
  if (!res.ok) {
    const problem = await readProblem(res, request);
    if (problem.status === 401) throw redirect(loginUrl(request));
    next.searchParams.set("verification", problem.status === 429 ? "rate_limited" : "failed");
  } else {
    next.searchParams.set("verification", "sent");
  }
  return redirect(next.pathname + next.search);
}

export function loader() {
  return redirect("/account");
}
