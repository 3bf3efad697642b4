import { translate } from "./translate.server";

/** A page's `<title>` in the request's language: "{title} — Rentline" (`title` already translated). */
export function pageTitle(request: Request, title: string): string {
  return translate(request, "shell")("pageTitle", { title });
}
