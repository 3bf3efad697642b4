import type { Locale } from "../../worker/lib/i18n/locales";
import type { Messages } from "./messages/shape";

// Type-checked message keys and locales for `useTranslations` / `createTranslator` in the UI.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
