import { redirect } from "react-router";
import { z } from "zod";
import { LOCALES } from "../../worker/lib/i18n/locales";
import { getServer } from "../lib/context.server";
import { languageCookie } from "../lib/cookies.server";
import { safeNext } from "../lib/safe-next";
import type { Route } from "./+types/language";

const input = z.object({ locale: z.enum(LOCALES), next: z.string().max(2000).optional() });

/**
 * POST only (the language switcher): keeps the chosen language in `rl_lang` and, when signed in, on the
 * account too (PUT /api/me/locale), so emails follow; then back to `next` (same-site paths only). A value
 * we do not speak changes nothing.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const parsed = input.safeParse(Object.fromEntries(await request.formData()));
  const back = safeNext(parsed.success ? parsed.data.next : undefined, "/");
  if (!parsed.success) return redirect(back);
  const { api, signedIn } = getServer(context);
  if (signedIn) await api.me.locale.$put({ json: { locale: parsed.data.locale } });
  return redirect(back, { headers: { "set-cookie": languageCookie(parsed.data.locale) } });
}

export function loader() {
  return redirect("/");
}
