import { use } from "react";
import { useTranslations as useIntlTranslations } from "use-intl";
import { DEFAULT_LOCALE, isLocale } from "../../worker/lib/i18n/locales";
import { CATALOGUE_MAP_NAME } from "./catalogue-map";
import type { Messages } from "./messages/shape";

export * from "use-intl";

/**
 * The browser's catalogue, loaded a namespace at a time (vite.config.ts `browserCatalogues`; in the browser,
 * `use-intl` resolves to this module). Each module that uses namespaces registers them when it is evaluated
 * (`requireNamespaces`, appended by the build); they load for the page's language (`<html lang>`, which the
 * server rendered in; a language change reloads the page) into one `messages` object, the one the
 * `IntlProvider` of app/entry.client.tsx holds. The entry hydrates after `catalogueReady()`; after that,
 * `useTranslations` suspends on a namespace still on its way (a navigation's, a lazy dialog's).
 */
const lang = typeof document === "undefined" ? DEFAULT_LOCALE : document.documentElement.lang;
export const catalogueLocale = isLocale(lang) ? lang : DEFAULT_LOCALE;
/** Namespace → URL of its chunk in the page's language, as the server wrote it (app/i18n/catalogue-map.tsx). */
export const catalogueMapText =
  typeof document === "undefined"
    ? "{}"
    : (document.querySelector(`meta[name="${CATALOGUE_MAP_NAME}"]`)?.getAttribute("content") ?? "{}");
const chunks = JSON.parse(catalogueMapText) as Partial<Record<string, string>>;

/** The page's messages so far: namespace → its (compiled) messages. */
const messages = {} as Messages;
const pending = new Map<string, Promise<void>>();
const registered = new Set<string>();
const held: Promise<unknown>[] = [];
const RELOADED = "rl-catalogue-reloaded";

/**
 * A chunk that would not load: the page's map names files a deploy has replaced, or the network dropped the
 * request. The page loads again, once per URL and tab session (React Router does the same for a route module
 * it cannot import); a second failure is the route's error, and the next render asks for the chunk again.
 * For the catalogue's chunks and lazy parts' (app/lib/lazy-part.tsx) alike.
 */
export function reloadOnce(error: unknown): Promise<never> {
  try {
    if (sessionStorage.getItem(RELOADED) !== location.href) {
      sessionStorage.setItem(RELOADED, location.href);
      location.reload();
      return new Promise<never>(() => {});
    }
  } catch {
    // No session storage (a privacy mode): no reload, the error stands.
  }
  return Promise.reject(error instanceof Error ? error : new Error(String(error)));
}

function load(namespace: string): Promise<void> {
  let promise = pending.get(namespace);
  if (!promise) {
    const url = chunks[namespace];
    const loading: Promise<void> = url
      ? (import(/* @vite-ignore */ url) as Promise<{ default: object }>).then(
          (chunk) => {
            (messages as Record<string, object>)[namespace] = chunk.default;
          },
          (error: unknown) => {
            pending.delete(namespace);
            return reloadOnce(error);
          },
        )
      : Promise.reject(new Error(`no catalogue namespace "${namespace}"`));
    // Marked settled the way React's `use` reads a thenable: once there, it returns at once, never suspends.
    loading.then(
      () => Object.assign(loading, { status: "fulfilled", value: undefined }),
      (reason: unknown) => Object.assign(loading, { status: "rejected", reason }),
    );
    promise = loading;
    pending.set(namespace, promise);
  }
  return promise;
}

/**
 * Registers the namespaces a module uses and starts loading them. `marker` is `"rl-ns:<a>,<b>"` (the build
 * writes it; scripts/check-client-js.mjs reads it back from the built files).
 * @public (imported by the modules the build appends it to, which knip cannot see)
 */
export function requireNamespaces(marker: string): void {
  for (const namespace of marker.slice("rl-ns:".length).split(",")) {
    registered.add(namespace);
    void load(namespace);
  }
}

/**
 * Makes the page hydrate only once `promise` has settled: the code of a part the server rendered that loads
 * lazily (app/lib/lazy-part.tsx), whose module registers its namespaces when it arrives.
 */
export function holdHydration(promise: Promise<unknown>): void {
  held.push(promise);
}

/**
 * Resolves once the parts held for hydration (`holdHydration`) and every namespace registered so far have
 * arrived (the entry hydrates then). If one could not
 * arrive even after a reload, it resolves anyway: the page hydrates, and the components that need the
 * missing namespace ask for it again when they render (their route's error if it still fails), rather than
 * leaving the page without JavaScript.
 */
export async function catalogueReady(): Promise<Messages> {
  // A held part's code may hold another (a part it declares that the server rendered too): wait for those.
  for (let waited = 0; waited < held.length;) {
    const upTo = held.length;
    await Promise.allSettled(held.slice(waited, upTo));
    waited = upTo;
  }
  await Promise.allSettled(pending.values());
  try {
    if (sessionStorage.getItem(RELOADED) === location.href) sessionStorage.removeItem(RELOADED);
  } catch {
    // No session storage: nothing was recorded.
  }
  return messages;
}

/**
 * use-intl's `useTranslations`, once its namespace has arrived: it suspends until then (React's `use`, on
 * every call; an arrived namespace's promise is marked fulfilled, so `use` returns at once).
 * @public (what `use-intl`'s `useTranslations` resolves to in the browser, which knip cannot see)
 */
export const useTranslations: typeof useIntlTranslations = (namespace) => {
  const root = namespace?.split(".")[0];
  if (root) {
    if (import.meta.env.DEV && !registered.has(root))
      console.error(`useTranslations("${namespace}"): the namespace "${root}" was never registered`);
    use(load(root));
  }
  return useIntlTranslations(namespace);
};
