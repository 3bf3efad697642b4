import { createTranslator } from "use-intl/core";
import { negotiateLocale, type Locale } from "../../worker/lib/i18n/locales";
import { readLanguageCookie } from "../lib/cookies.server";
import { ALL_MESSAGES } from "./messages/all.server";
import type { Messages } from "./messages/shape";

/** The language a page is rendered in: the `rl_lang` cookie when it names one we speak, else `Accept-Language`. */
export function requestLocale(request: Request): Locale {
  return readLanguageCookie(request) ?? negotiateLocale(request.headers.get("accept-language"));
}

/**
 * A translator for loaders and actions (page titles, form messages, problem sentences), in the request's
 * language: `const t = translate(request, "auth"); t("login.emailInvalid")`.
 */
export function translate<N extends keyof Messages>(request: Request, namespace: N) {
  return translatorFor(requestLocale(request), namespace);
}

/**
 * The same, for a known language (e.g. the language an email's recipient chose).
 */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: ALL_MESSAGES[locale], namespace, timeZone: "UTC" });
}
