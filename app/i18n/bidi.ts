import { useLocale } from "use-intl";
import { textDirection } from "../../worker/lib/i18n/locales";

/**
 * People's text (an address, a name, a listing title) put inside a sentence of a right-to-left page keeps its
 * own order: "3 rue des Lilas" must not come out as "rue des Lilas 3" in Hebrew. Wraps values in Unicode's
 * first-strong isolate (U+2068 … U+2069, the plain-text <bdi>) on right-to-left pages; left-to-right pages
 * get the text unchanged.
 */
export function useIsolate() {
  const rtl = textDirection(useLocale()) === "rtl";
  return (text: string) => (rtl ? `\u2068${text}\u2069` : text);
}
