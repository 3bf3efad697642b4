import { useRouteLoaderData } from "react-router";
import { useLocale } from "use-intl";
import { isLocale, DEFAULT_LOCALE } from "../../worker/lib/i18n/locales";
import { isFormatLocale, type FormatLocale } from "../../worker/lib/i18n/regions";

/**
 * The page's formatting locale (worker/lib/i18n/regions.ts): the language with the visitor's region ("en-GB"),
 * decided once by the root loader (app/root.tsx) from `Accept-Language`, so the server and the browser write
 * the same dates, times and numbers (no hydration mismatch). Give it to every formatter
 * (worker/lib/i18n/format.ts, `Intl.*`); messages keep `useLocale()`. Without the root's data (an error page),
 * the bare language.
 */
export function useFormatLocale(): FormatLocale {
  const root = useRouteLoaderData<{ formatLocale?: unknown }>("root");
  const raw = useLocale();
  const language = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const chosen = root?.formatLocale;
  return isFormatLocale(chosen, language) ? chosen : language;
}
