import { data } from "react-router";
import { z } from "zod";
import type { AdminActionReply } from "../components/admin/reply";
import { translate } from "../i18n/translate.server";
import { readProblem, throwApiError } from "./api.server";

type ApiResponse = { ok: boolean; status: number; json(): Promise<unknown> };

/**
 * A console page's refused read: 404 (not a platform admin: the API pretends the route does not exist) is
 * the ordinary 404 page; everything else as any loader's (`throwApiError`: sign in again, error boundary).
 */
export async function refusedAdminRead(res: ApiResponse, request: Request): Promise<never> {
  if (res.status === 404) throw data(null, { status: 404 });
  return throwApiError(res, request);
}

/** `?q=&page=` of a console page, as the API reads them (the API is lenient with the rest). */
export function adminSearchOf(request: Request) {
  const params = new URL(request.url).searchParams;
  return { q: params.get("q")?.trim() ?? "", page: params.get("page") ?? "1" };
}

const posted = z.object({
  intent: z.string().min(1).max(32),
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(3).max(500),
});
export type AdminPost = z.infer<typeof posted>;

/**
 * A console dialog's post: `intent`, `id` and the `reason` (3–500 characters, else the reason's sentence),
 * sent to the API by `call`; its refusal becomes the problem's sentence in the reader's language. `name` is
 * what the success message names (the account, the listing, the org).
 */
export async function adminAction(
  request: Request,
  call: (post: AdminPost) => Promise<ApiResponse | null>,
): Promise<AdminActionReply> {
  const t = translate(request, "admin");
  const parsed = posted.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { ok: false, error: t("reason.invalid") };
  const res = await call(parsed.data);
  if (!res) return { ok: false, error: t("reason.invalid") };
  if (!res.ok) return { ok: false, error: (await readProblem(res, request)).detail };
  return { ok: true, intent: parsed.data.intent, name: parsed.data.id };
}
