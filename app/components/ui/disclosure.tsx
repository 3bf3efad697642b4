import { type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import { Icon } from "./icon";
import { useDetailsOpen } from "./use-details-open";
import { Loading } from "./loading";

/**
 * Content that opens only when asked: a native `<details>` whose summary looks like a secondary button
 * (keyboard and screen readers get the platform's disclosure). Its content is rendered only while open, so a
 * closed form adds no fields, labels or requests to the page; `defaultOpen` opens it on first render (e.g. the
 * one action a page is waiting for, or a form answering with its errors). Opened after the first render (by
 * the reader, or by a reply asking for it), or open on arrival with `focusOnMount` (a link asked for it: "I've
 * paid by transfer" on My homes), it moves the focus to its first field or button. Its content may be
 * lazy (app/lib/lazy-part.tsx: a form's code loads when it is opened): a loading line shows meanwhile, and the focus
 * moves once the form has arrived.
 */
export function Disclosure({
  summary,
  children,
  defaultOpen = false,
  focusOnMount = false,
  className = "",
  testId,
}: {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  /** With `defaultOpen`: moves the focus (and the page) to its first field once mounted (the page was asked for it). */
  focusOnMount?: boolean;
  className?: string;
  testId?: string;
}) {
  const { open, setOpen, ref, onToggle } = useDetailsOpen(defaultOpen);
  // A parent that starts asking for it open (a reply arrived) opens it; it never closes it under the reader.
  const [asked, setAsked] = useState(defaultOpen);
  if (defaultOpen !== asked) {
    setAsked(defaultOpen);
    if (defaultOpen) setOpen(true);
  }
  const body = useFocusWhenOpened(open, focusOnMount);
  return (
    <details ref={ref} className={`group ${className}`.trim()} open={open} onToggle={onToggle} data-testid={testId}>
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 [&::-webkit-details-marker]:hidden">
        {summary}
        <Icon name="chevron-down" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      {open ? (
        <div ref={body} className="mt-3">
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </div>
      ) : null}
    </details>
  );
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href]';

/**
 * The content's element; once `open` turns true after mount (or at mount with `onMount`), its first focusable
 * element takes the focus, as soon as there is one (lazy content renders its fields after its code has arrived).
 * Also for content opened by other means than a `<details>` (a button that opens a form in its place).
 */
export function useFocusWhenOpened(open: boolean, onMount: boolean) {
  const body = useRef<HTMLDivElement>(null);
  const was = useRef(onMount ? false : open);
  useEffect(() => {
    const opened = open && !was.current;
    was.current = open;
    const element = body.current;
    if (!opened || !element) return;
    const focusFirst = () => {
      const first = element.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
      return first !== null;
    };
    if (focusFirst()) return;
    const observer = new MutationObserver(() => {
      if (focusFirst()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);
  return body;
}
