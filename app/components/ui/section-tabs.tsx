import { useEffect, useState } from "react";

/**
 * A sticky row of tabs that jump to the page's sections (`#id` anchors): one tap reaches any section on a
 * phone, the row scrolls sideways when it does not fit, and the tab of the section in view is marked
 * (`aria-current`) once the page is hydrated. `label` names the navigation for screen readers.
 */
export function SectionTabs({
  label,
  tabs,
  className = "",
}: {
  label: string;
  tabs: { id: string; label: string; count?: number }[];
  className?: string;
}) {
  const current = useSectionInView(tabs.map((t) => t.id));
  return (
    <nav
      aria-label={label}
      className={`sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:-mx-6 sm:px-6 ${className}`.trim()}
    >
      <ul className="flex gap-1 overflow-x-auto">
        {tabs.map((t) => (
          <li key={t.id} className="shrink-0">
            <a
              href={`#${t.id}`}
              aria-current={current === t.id ? "location" : undefined}
              className="inline-flex min-h-11 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium text-slate-700 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-teal-700 aria-[current=location]:border-teal-700 aria-[current=location]:text-teal-800"
            >
              {t.label}
              {t.count ? (
                <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">{t.count}</span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The id of the section nearest the top of the viewport (IntersectionObserver); the first one before hydration. */
function useSectionInView(ids: string[]) {
  const [current, setCurrent] = useState(ids[0]);
  const key = ids.join(" ");
  useEffect(() => {
    const sections = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((e): e is HTMLElement => e !== null);
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((e) => e.isIntersecting)
          .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top);
        if (visible[0]) setCurrent(visible[0].target.id);
      },
      { rootMargin: "-64px 0px -60% 0px" },
    );
    sections.forEach((s) => observer.observe(s));
    return () => observer.disconnect();
  }, [key]);
  return current;
}
