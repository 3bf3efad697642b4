import { type ComponentType, use } from "react";

/**
 * A part of a page whose code loads the first time it is shown (a tab other than the default one, a form
 * that opens in a `Disclosure`): not in the page's first JavaScript (issue 17 §5). `Part` renders it, suspending while its code arrives (the
 * nearest `Suspense` shows its fallback); `preload()` starts loading it.
 *
 * A part the server rendered (a tab's URL opened directly) must be there when the page hydrates: a part
 * still loading then would hydrate later, and an update reaching it first (the live room's frames) would
 * swap the server's HTML for the fallback, and a tap on it would be lost. The page asks for it with
 * `holdHydration(part.preload())` (app/i18n/namespaces.ts) when its module is evaluated: the entry hydrates
 * once it has arrived (and the catalogue namespaces it uses), so `Part` then renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  // Marked settled the way React's `use` reads a thenable (as app/i18n/namespaces.ts does): once the code is
  // there, `use` returns it at once and never suspends.
  const preload = () => {
    if (!loading) {
      const promise = load();
      promise.then(
        (value) => Object.assign(promise, { status: "fulfilled", value }),
        (reason: unknown) => Object.assign(promise, { status: "rejected", reason }),
      );
      loading = promise;
    }
    return loading;
  };
  function Part(props: P) {
    const Component = use(preload());
    return <Component {...props} />;
  }
  return { Part, preload };
}
