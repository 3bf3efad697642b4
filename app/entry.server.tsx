import type { EntryContext, HandleErrorFunction, RouterContextProvider } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { renderToReadableStream } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { reportError } from "../worker/lib/error-reporting";
import { isLocale } from "../worker/lib/i18n/locales";
import { catalogueUrls } from "virtual:rentline-catalogue-urls";
import { CatalogueMapContext, catalogueMapJson } from "./i18n/catalogue-map";
import { ALL_MESSAGES } from "./i18n/messages/all.server";
import { requestLocale } from "./i18n/translate.server";
import { getServer } from "./lib/context.server";
import { NonceContext, nonceOrNone } from "./lib/nonce";

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  // No nonce in development (the CSP allows inline scripts there): no attribute at all, never `nonce=""`.
  const nonce = nonceOrNone(getServer(loadContext).nonce);
  let shellRendered = false;
  const locale = renderedLocale(routerContext) ?? requestLocale(request);
  const page = (
    <NonceContext value={nonce}>
      <CatalogueMapContext value={catalogueMapJson(catalogueUrls[locale] ?? {})}>
        <IntlProvider locale={locale} messages={ALL_MESSAGES[locale]} timeZone="UTC">
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </IntlProvider>
      </CatalogueMapContext>
    </NonceContext>
  );
  const body = await renderToReadableStream(page, {
    nonce,
    signal: AbortSignal.timeout(streamTimeout + 1000),
    onError(error: unknown) {
      responseStatusCode = 500;
      if (shellRendered) console.error(error);
      reportError(error, { source: "render" });
    },
  });
  shellRendered = true;
  // Whole pages for everyone: simpler caching and crawlers see the full content.
  await body.allReady;
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  return new Response(body, { headers: responseHeaders, status: responseStatusCode });
}

/**
 * Errors of a page's loaders and actions (React Router calls this before rendering the error boundary):
 * reported to Sentry when SENTRY_DSN is set, tagged with the request id (worker/app.ts `tagRequest`).
 * Thrown responses (a 404 from `invariantResponse`) and requests the browser aborted are not errors.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || isRouteErrorResponse(error)) return;
  reportError(error, { source: "page" });
};

/** The language the root loader chose (it is what `<html lang>` says, and what the browser loads to hydrate). */
function renderedLocale(routerContext: EntryContext) {
  const root: unknown = routerContext.staticHandlerContext.loaderData.root;
  const locale = root && typeof root === "object" && "locale" in root ? root.locale : undefined;
  return isLocale(locale) ? locale : undefined;
}
