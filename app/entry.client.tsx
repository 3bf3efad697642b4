import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { IntlProvider } from "use-intl";
import { DEFAULT_LOCALE, isLocale } from "../worker/lib/i18n/locales";
import { loadMessages } from "./i18n/messages/load";
import { NonceContext, pageNonce } from "./lib/nonce";

// The page's language is the one the server rendered in (`<html lang>`): load that catalogue only, then
// hydrate with the same messages, so the browser's first render matches the server's text.
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
// The server's CSP nonce, read back from the page: the root layout renders it on the same elements.
const nonce = pageNonce(document);

void loadMessages(locale).then((messages) => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <NonceContext value={nonce}>
          <IntlProvider locale={locale} messages={messages} timeZone="UTC">
            <HydratedRouter />
          </IntlProvider>
        </NonceContext>
      </StrictMode>,
    );
  });
});
