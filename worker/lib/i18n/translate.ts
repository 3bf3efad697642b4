import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { SERVER_MESSAGES, type ServerMessages } from "./messages";

/**
 * A translator for server-side text (emails, PDFs, problem sentences, form validation) in `locale`, scoped
 * to one namespace of the server catalogue: `translator("uk", "email")("rentDue.subject", { period })`.
 * Messages are ICU (plurals, selects, numbers); a key missing at run time prints the key and never throws.
 */
export function translator<N extends keyof ServerMessages>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: SERVER_MESSAGES[locale],
    namespace,
    timeZone: "UTC",
    onError: () => undefined,
  });
}
