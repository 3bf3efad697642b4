import { useLocation } from "react-router";
import { useLocale, useTranslations } from "use-intl";
import { LOCALE_NAMES, LOCALES } from "../../worker/lib/i18n/locales";

/**
 * The language picker in every header: a select that switches as soon as it changes (with JavaScript),
 * and a button for without. Posts to /language, which reloads the page in the chosen language.
 */
export function LanguageSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const { pathname, search } = useLocation();
  return (
    <form method="post" action="/language" className={`flex items-center gap-1 ${className}`}>
      <input type="hidden" name="next" value={pathname + search} />
      <label className="sr-only" htmlFor="language-select">
        {t("language")}
      </label>
      <select
        id="language-select"
        name="locale"
        defaultValue={locale}
        title={t("changeLanguage")}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white py-1.5 ps-2 pe-7 text-sm text-slate-700 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-md px-2 py-1.5 text-sm font-medium text-teal-800">
          {t("apply")}
        </button>
      </noscript>
    </form>
  );
}
