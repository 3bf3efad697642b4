import { createContext, useContext } from "react";

/**
 * The page's CSP nonce (a per-request random token, `script-src 'nonce-…'`), the same on the server and in
 * the browser so `<Links>`, `<ScrollRestoration>` and `<Scripts>` hydrate with the attributes they were
 * rendered with.
 *
 * The server provides the request's nonce (app/entry.server.tsx); the browser reads it back from the page
 * (app/entry.client.tsx, `pageNonce`). It never travels in loader data, and it is `undefined`, never `""`,
 * when there is none (development allows inline scripts without one): an empty `nonce=""` attribute is what
 * the browser hides and React then reports as a mismatch.
 */
export const NonceContext = createContext<string | undefined>(undefined);

/** The page's CSP nonce, or `undefined` when the page has none. */
export function useNonce(): string | undefined {
  return useContext(NonceContext);
}

/** `""` → `undefined`: no attribute rather than an empty one. */
export function nonceOrNone(nonce: string | undefined | null): string | undefined {
  return nonce ? nonce : undefined;
}

/**
 * The nonce the server gave this page, read in the browser: browsers hide the `nonce` attribute's value
 * once the document is parsed (HTML § "nonce attributes"; `getAttribute("nonce")` returns `""`), so it is
 * read from the element's `nonce` property, on the first script that carries one.
 */
export function pageNonce(document: Document): string | undefined {
  const script = document.querySelector<HTMLScriptElement>("script[nonce]");
  return nonceOrNone(script?.nonce);
}
