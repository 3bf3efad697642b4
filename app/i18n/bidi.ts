import { useLocale } from "use-intl";
import { isolateIn } from "../../worker/lib/i18n/bidi";

/**
 * People's text (an address, a name, a listing title) put inside a sentence keeps its own order: "3 rue des
 * Lilas" must not come out as "rue des Lilas 3" in Hebrew, nor a Hebrew name reorder a French sentence. The
 * page's side of worker/lib/i18n/bidi.ts `isolateIn`: Unicode's first-strong isolate (U+2068 … U+2069, the
 * plain-text <bdi>) on right-to-left pages, and around right-to-left text on left-to-right pages; Latin text
 * on a left-to-right page is unchanged. For plain strings (toasts, titles, attributes); JSX can use <bdi>.
 */
export function useIsolate() {
  const locale = useLocale();
  return (text: string) => isolateIn(locale, text);
}
