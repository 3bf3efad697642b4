import { redirect } from "react-router";
import { z } from "zod";
import { orgCookie } from "../lib/cookies.server";
import type { Route } from "./+types/org-switch";

const input = z.object({ orgId: z.string().trim().min(1).max(64) });

/**
 * POST only: remembers the org to act in (`rl_org`). Membership is not checked here: the API checks it on
 * every request, and the app shell replaces a cookie that names an org the visitor does not belong to.
 */
export async function action({ request }: Route.ActionArgs) {
  const parsed = input.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return redirect("/dashboard");
  return redirect("/dashboard", { headers: { "set-cookie": orgCookie(parsed.data.orgId) } });
}

export function loader() {
  return redirect("/dashboard");
}
