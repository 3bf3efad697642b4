import { Icon } from "./icon";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";

/**
 * A sticky row of tabs, each a link to a part of the page with a URL of its own (`hrefOf(id)`, e.g.
 * `?tab=chat`: linkable, kept on reload and by the back button); `current` names the one shown
 * (`aria-current="page"`). One tap reaches any tab on a phone and the row scrolls sideways when it does not fit:
 * a fade and an arrow at the clipped end(s) show there is more, the arrows scroll the row (pointer only), and
 * the current tab and the focused one are kept in view. `label` names the navigation for screen readers.
 */
export function SectionTabs({
  label,
  tabs,
  className = "",
  current,
  hrefOf,
}: {
  label: string;
  tabs: { id: string; label: string; count?: number }[];
  className?: string;
  current: string;
  hrefOf: (id: string) => string;
}) {
  const row = useRef<HTMLUListElement>(null);
  const more = useOverflow(row, tabs.length);
  useEffect(() => {
    const tab = row.current?.querySelector<HTMLElement>("[aria-current]");
    if (tab) keepInView(row.current, tab);
  }, [current]);
  return (
    <nav
      aria-label={label}
      className={`sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:-mx-6 sm:px-6 ${className}`.trim()}
    >
      <div className="relative">
        <ul
          ref={row}
          className="flex scroll-px-8 gap-1 overflow-x-auto [scrollbar-width:none]"
          data-testid="section-tabs"
          // Keyboard focus brings the whole tab out from under the row's edge and its arrow.
          onFocus={(event) => keepInView(row.current, event.target)}
        >
          {tabs.map((t) => (
            <li key={t.id} className="shrink-0">
              <Link
                to={hrefOf(t.id)}
                preventScrollReset
                aria-current={current === t.id ? "page" : undefined}
                className={TAB_CLASS}
              >
                {t.label}
                {t.count ? (
                  <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                    {t.count}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        <ScrollHint side="start" shown={more.start} onClick={() => scrollRow(row.current, -1)} />
        <ScrollHint side="end" shown={more.end} onClick={() => scrollRow(row.current, 1)} />
      </div>
    </nav>
  );
}

const TAB_CLASS =
  "inline-flex min-h-11 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-teal-700 aria-[current=page]:border-teal-700 aria-[current=page]:text-teal-800";

/** Scrolls the row sideways (never the page) until `tab` shows whole, with room for the arrows. */
function keepInView(row: HTMLElement | null, tab: Element) {
  if (!row) return;
  const box = row.getBoundingClientRect();
  const at = tab.getBoundingClientRect();
  if (at.left < box.left) row.scrollBy({ left: at.left - box.left - 40 });
  else if (at.right > box.right) row.scrollBy({ left: at.right - box.right + 40 });
}

/** Scrolls the row by most of its width towards its start (-1) or end (1), in the page's direction. */
function scrollRow(row: HTMLElement | null, towards: -1 | 1) {
  if (!row) return;
  const rtl = getComputedStyle(row).direction === "rtl";
  row.scrollBy({ left: towards * (rtl ? -1 : 1) * row.clientWidth * 0.7, behavior: "smooth" });
}

/** Whether the row has tabs hidden before its start and after its end (RTL's negative scrollLeft included). */
function useOverflow(row: React.RefObject<HTMLElement | null>, count: number) {
  const [more, setMore] = useState({ start: false, end: false });
  useEffect(() => {
    const el = row.current;
    if (!el) return;
    const measure = () => {
      const scrolled = Math.abs(el.scrollLeft);
      const hidden = el.scrollWidth - el.clientWidth;
      setMore({ start: scrolled > 1, end: hidden - scrolled > 1 });
    };
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    return () => {
      el.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [row, count]);
  return more;
}

/** The fade and arrow over a clipped end of the row: a pointer target only (keyboard users tab through). */
function ScrollHint({ side, shown, onClick }: { side: "start" | "end"; shown: boolean; onClick: () => void }) {
  if (!shown) return null;
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-hidden="true"
      onClick={onClick}
      data-testid={`section-tabs-more-${side}`}
      className={`absolute inset-y-0 ${side === "start" ? "start-0 bg-gradient-to-r" : "end-0 bg-gradient-to-l"} flex w-10 items-center from-white via-white/90 to-transparent text-slate-600 rtl:[&>svg]:-scale-x-100 ${side === "start" ? "justify-start rtl:bg-gradient-to-l" : "justify-end rtl:bg-gradient-to-r"}`}
    >
      <Icon name={side === "start" ? "chevron-left" : "chevron-right"} className="size-5" />
    </button>
  );
}
