import { type ComponentType, use } from "react";

/**
 * A part of a page whose code loads the first time it is shown (a tab other than the default one): not in
 * the page's first JavaScript (issue 17 §5). `Part` renders it, suspending while its code arrives (the
 * nearest `Suspense` shows its fallback); `preload()` starts loading it.
 *
 * A part the server rendered (a tab's URL opened directly) must be there when the page hydrates: a part
 * still loading then would hydrate later, and an update reaching it first (the live room's frames) would
 * swap the server's HTML for the fallback, and a tap on it would be lost. The page asks for it with
 * `holdHydration(part.preload())` (app/i18n/namespaces.ts) when its module is evaluated: the entry hydrates
 * once it has arrived (and the catalogue namespaces it uses), so `Part` then renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function Part(props: P) {
    const Component = loaded ?? use(preload());
    return <Component {...props} />;
  }
  return { Part, preload };
}
