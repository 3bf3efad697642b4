import { useEffect } from "react";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useFetchers,
  useLocation,
  useMatches,
  useNavigation,
  useRevalidator,
  useRouteLoaderData,
} from "react-router";
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
  useRecordedRouterState();
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

/** What React last committed of the router's state (`window.__rentlineCommitted`, see `useCommittedRouterState`). */
type CommittedRouterState = {
  /** The location's key (`history.state.key`; "default" for the first page). */
  key: string;
  /** Whether no navigation, revalidation or fetcher was under way. */
  idle: boolean;
  /** Each matched route's loader data, root first (the router's own objects). */
  data: unknown[];
};

/**
 * Records, after each commit, the router state the DOM shows. The router updates its state (and the URL)
 * before React renders it, in a transition that a loaded machine delays: the browser suite compares this
 * with the router's current state before it reads a page once (tests/e2e/fixtures.ts `rendered`), instead
 * of reading the previous page's text or data. Only in development builds (the browser suite's, with React's
 * development runtime): production leaves it out.
 */
function useCommittedRouterState() {
  const { key } = useLocation();
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const fetchers = useFetchers();
  const matches = useMatches();
  useEffect(() => {
    const committed: CommittedRouterState = {
      key,
      idle: navigation.state === "idle" && revalidator.state === "idle" && fetchers.every((f) => f.state === "idle"),
      data: matches.map((match) => match.loaderData),
    };
    (window as { __rentlineCommitted?: CommittedRouterState }).__rentlineCommitted = committed;
  });
}

const useRecordedRouterState = import.meta.env.DEV ? useCommittedRouterState : () => {};

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
