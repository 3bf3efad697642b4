import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { IntlProvider } from "use-intl";
import { CatalogueMapContext } from "./i18n/catalogue-map";
import { catalogueLocale, catalogueMapText, catalogueReady } from "./i18n/namespaces";
import { NonceContext, pageNonce } from "./lib/nonce";

// The page's language is the one the server rendered in (`<html lang>`). The page's route modules, evaluated
// before this entry, asked for the catalogue namespaces they use (app/i18n/namespaces.ts): hydrate once those
// have arrived, so the browser's first render matches the server's text.
// The server's CSP nonce, read back from the page: the root layout renders it on the same elements.
const nonce = pageNonce(document);

void catalogueReady().then((messages) => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <NonceContext value={nonce}>
          <CatalogueMapContext value={catalogueMapText}>
            <IntlProvider locale={catalogueLocale} messages={messages} timeZone="UTC">
              <HydratedRouter />
            </IntlProvider>
          </CatalogueMapContext>
        </NonceContext>
      </StrictMode>,
    );
  });
});
