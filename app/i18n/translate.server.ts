import { createTranslator } from "use-intl/core";
import { negotiateLocale, type Locale } from "../../worker/lib/i18n/locales";
import { negotiateFormatLocale, type FormatLocale } from "../../worker/lib/i18n/regions";
import { readLanguageCookie } from "../lib/cookies.server";
import { ALL_MESSAGES } from "./messages/all.server";
import type { Messages } from "./messages/shape";

/** The language a page is rendered in: the `rl_lang` cookie when it names one we speak, else `Accept-Language`. */
export function requestLocale(request: Request): Locale {
  return readLanguageCookie(request) ?? negotiateLocale(request.headers.get("accept-language"));
}

/**
 * How the request's page writes dates, times and numbers: its language (`requestLocale`) with the region the
 * browser asks for ("en-GB" → "2 Dec 2026", 24-hour), else the bare language. The root loader hands it to the
 * browser (app/i18n/format-locale.ts), so loaders, actions and components all format alike.
 */
export function requestFormatLocale(request: Request): FormatLocale {
  return negotiateFormatLocale(requestLocale(request), request.headers.get("accept-language"));
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
