import type { ReactNode } from "react";
import { ChevronDown } from "lucide-react";

/**
 * Content that opens only when asked: a native `<details>` whose summary looks like a secondary button (works
 * before hydration and without JavaScript; keyboard and screen readers get the platform's disclosure).
 * `defaultOpen` opens it on first render (e.g. the one action a page is waiting for).
 */
export function Disclosure({
  summary,
  children,
  defaultOpen = false,
  className = "",
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <details className={`group ${className}`.trim()} open={defaultOpen || undefined} data-testid={testId}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDown aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
