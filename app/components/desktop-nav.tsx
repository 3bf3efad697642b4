import { Icon } from "./ui/icon";
import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { useTranslations } from "use-intl";
import { isCurrent, type NavItem } from "../lib/sides";
import { NAV_ICONS } from "./nav-icons";

export const navLinkClass = (current: boolean) =>
  `inline-flex items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 ${
    current ? "bg-teal-50 text-teal-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
  }`;

/**
 * The top bar's navigation on large screens (`lg` up), on the bar's one line whatever the language: the
 * side's main destinations, then "More" opening the rest in a list below it (a native disclosure: keyboard
 * and screen readers get a button; it closes on navigation). Labels only on the bar (French and Ukrainian
 * labels are long; icons are in the list). When "More" holds the current page, it is marked. The list also
 * closes on Escape (focus back on "More") and on a click or tap outside it, as a menu does.
 */
export function DesktopNav({ label, primary, more }: { label: string; primary: NavItem[]; more: NavItem[] }) {
  const tNav = useTranslations("navigation");
  const { pathname } = useLocation();
  const moreIsCurrent = more.some((item) => isCurrent(item, pathname));
  const details = useDismissable(pathname);
  return (
    <nav aria-label={label} className="hidden min-w-0 items-center gap-0.5 lg:flex" data-testid="desktop-nav">
      {primary.map((item) => (
        <NavLink key={item.to} item={item} current={isCurrent(item, pathname)} />
      ))}
      {more.length > 0 && (
        // A new element on each page: the list closes once a destination is chosen.
        <details key={pathname} ref={details} className="relative">
          <summary
            className={`${navLinkClass(moreIsCurrent)} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
            aria-current={moreIsCurrent ? "page" : undefined}
          >
            {tNav("more")}
            <Icon name="chevron-down" className="size-4 shrink-0" />
          </summary>
          <ul className="absolute end-0 z-50 mt-1 min-w-48 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
            {more.map((item) => (
              <li key={item.to}>
                <NavLink item={item} current={isCurrent(item, pathname)} wide />
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
}

function NavLink({ item, current, wide = false }: { item: NavItem; current: boolean; wide?: boolean }) {
  const tNav = useTranslations("navigation");
  return (
    <Link
      to={item.to}
      aria-current={current ? "page" : undefined}
      className={`${navLinkClass(current)} ${wide ? "w-full" : "px-2.5"}`}
    >
      {wide ? <Icon name={NAV_ICONS[item.key]} className="size-4 shrink-0" /> : null}
      {tNav(`items.${item.key}`)}
    </Link>
  );
}

/** A `<details>` that closes on Escape (focusing its summary) and on a press outside it. */
function useDismissable(pathname: string) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !el.open) return;
      el.open = false;
      el.querySelector("summary")?.focus();
    };
    const onPress = (e: PointerEvent) => {
      if (el.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    el.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPress);
    return () => {
      el.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPress);
    };
  }, [pathname]);
  return ref;
}
