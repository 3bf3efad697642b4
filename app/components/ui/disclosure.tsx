import { type ReactNode, useEffect, useRef, useState } from "react";
import { ChevronDown } from "lucide-react";

/**
 * Content that opens only when asked: a native `<details>` whose summary looks like a secondary button
 * (keyboard and screen readers get the platform's disclosure). Its content is rendered only while open, so a
 * closed form adds no fields, labels or requests to the page; `defaultOpen` opens it on first render (e.g. the
 * one action a page is waiting for, or a form answering with its errors). Opened after the first render (by
 * the reader, or by a reply asking for it), it moves the focus to its first field or button.
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
  const [open, setOpen] = useState(defaultOpen);
  // A parent that starts asking for it open (a reply arrived) opens it; it never closes it under the reader.
  const [asked, setAsked] = useState(defaultOpen);
  if (defaultOpen !== asked) {
    setAsked(defaultOpen);
    if (defaultOpen) setOpen(true);
  }
  const body = useFocusWhenOpened(open);
  return (
    <details
      className={`group ${className}`.trim()}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={testId}
    >
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDown aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      {open ? (
        <div ref={body} className="mt-3">
          {children}
        </div>
      ) : null}
    </details>
  );
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href]';

/** The content's element; once `open` turns true after mount, its first focusable element takes the focus. */
function useFocusWhenOpened(open: boolean) {
  const body = useRef<HTMLDivElement>(null);
  const was = useRef(open);
  useEffect(() => {
    if (open && !was.current) body.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    was.current = open;
  }, [open]);
  return body;
}
