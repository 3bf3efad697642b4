import { useEffect } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteLoaderData } from "react-router";
import { useLocale } from "use-intl";
import type { Route } from "./+types/root";
import { RouteErrorBoundary } from "./components/route-error";
import { CatalogueMap } from "./i18n/catalogue-map";
import { Toaster } from "./components/ui/toast";
import { useNonce } from "./lib/nonce";
import { textDirection } from "../worker/lib/i18n/locales";
import { requestFormatLocale, requestLocale } from "./i18n/translate.server";
import "./app.css";
import { FAVICON } from "./lib/favicon";

export const links: Route.LinksFunction = () => [{ rel: "icon", href: FAVICON, type: "image/svg+xml" }];

export function loader({ request }: Route.LoaderArgs) {
  // The page's language (the `rl_lang` cookie, else Accept-Language): its text, and how numbers, money and
  // dates are formatted (the language with the browser's region: "en-GB"), decided once so the browser
  // hydrates the same text.
  const locale = requestLocale(request);
  return { locale, formatLocale: requestFormatLocale(request), dir: textDirection(locale) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // Without the root loader's data (a URL no route matches), the language the page is rendered in anyway.
  const rendered = useLocale();
  const locale = data?.locale ?? rendered;
  // The CSP nonce from context, not loader data: the same on the server and in the browser on every page,
  // error pages included (where the root loader's data may be missing), and given to every element that
  // React Router would otherwise stamp with the server's nonce only.
  const nonce = useNonce();
  // `<html data-hydrated>` once React has taken the page over: the browser suite waits for it before
  // touching the DOM (a screenshot's caret hiding, a click) so nothing it does is mistaken for a mismatch.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  // `<html data-location>`: the key of the location the DOM shows, written once React has committed it.
  // The router writes the URL (and `history.state.key`) before React renders the page in a transition, so
  // the browser suite compares the two before reading a page it navigated to (tests/e2e/fixtures.ts).
  const { key } = useLocation();
  useEffect(() => {
    document.documentElement.dataset.location = key;
  }, [key]);
  return (
    <html lang={locale} dir={textDirection(locale)} className="h-full bg-slate-50">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f766e" />
        <Meta />
        <CatalogueMap />
        <Links nonce={nonce} />
      </head>
      <body className="h-full text-slate-900 antialiased">
        {children}
        <Toaster />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return (
    <main className="px-4">
      <RouteErrorBoundary />
    </main>
  );
}
