import { type ComponentType, use } from "react";
import { holdHydration, reloadOnce } from "../i18n/namespaces";

/** The attribute that marks a lazy part in the server's HTML. */
const MARKER = "data-lazy-part";

/**
 * A part of a page whose code loads the first time it is shown (a tab other than the default one, what opens
 * in a `Disclosure`): not in the page's first JavaScript (issue 17 §5). `Part` renders it, suspending while its
 * code arrives (the nearest `Suspense` shows its fallback); `preload()` starts loading it. `name` (unique in
 * the app, e.g. `"home.chat"`) marks it in the server's HTML.
 *
 * A part the server rendered (a tab's URL opened directly, a form open on arrival) must be there when the page
 * hydrates: a part still loading then would hydrate later, and an update reaching it first (the live room's
 * frames) would swap the server's HTML for the fallback, and a tap on it would be lost. So `Part` writes an
 * empty hidden marker (`<span hidden data-lazy-part="name">`, before the part: no box, no margin) and, when
 * the module that declares the part is evaluated in the browser (before the entry hydrates) and finds its
 * marker in the page, it holds hydration until the code has arrived (`holdHydration`, app/i18n/namespaces.ts,
 * which also waits for the catalogue namespaces that code registers). `Part` then renders at once.
 */
export function lazyPart<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  // Marked settled the way React's `use` reads a thenable (as app/i18n/namespaces.ts does): once the code is
  // there, `use` returns it at once and never suspends.
  const preload = () => {
    if (!loading) {
      // Code that would not load (a deploy replaced the files under an open page, the network dropped it)
      // reloads the page once, as a route module would; failing again, it is the route's error (kept: no
      // retry loop of imports and reloads).
      const promise = load().catch(reloadOnce);
      promise.then(
        (value) => Object.assign(promise, { status: "fulfilled", value }),
        (reason: unknown) => Object.assign(promise, { status: "rejected", reason }),
      );
      loading = promise;
    }
    return loading;
  };
  if (typeof document === "undefined") {
    // On the server, the part's code is loaded at once: a page asked for it renders it whole in the first
    // HTML (a part still loading there would stream its fallback first, a "Loading…" flash on a slow phone).
    void preload();
  } else if (document.querySelector(`[${MARKER}="${name}"]`)) holdHydration(preload());
  function Part(props: P) {
    const Component = use(preload());
    return (
      <>
        <span hidden {...{ [MARKER]: name }} />
        <Component {...props} />
      </>
    );
  }
  return { Part, preload };
}
