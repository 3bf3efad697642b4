import { Icon } from "./icon";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useFetchers, useNavigation } from "react-router";
import { useTranslations } from "use-intl";

/**
 * The design system's one way to say "it worked" after an action (saved, sent, recorded, decided): a toast.
 * `useToast(result, message)` shows it once per action result; `<Toaster />` (in the root layout) draws
 * them. Accessible: the region is in the page from the first paint (a live region added together with its
 * text is often not read), `role="status"` with `aria-live="polite"`, so a screen reader reads the sentence
 * without moving focus; each toast has a dismiss button, stays while hovered or focused, and otherwise
 * leaves after `TOAST_MS`. Logical positions (RTL), above the phone's bottom tab bar. Failures are not
 * toasts: they stay by the form (`FormError`, `role="alert"`). Page-level states (an email sent, a
 * payment returned from checkout) stay on the page as an `Alert`.
 */

const TOAST_MS = 6000;
const MAX_TOASTS = 3;

type Toast = { id: number; message: string };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const NONE: Toast[] = [];

function emit() {
  for (const listener of listeners) listener();
}

/** Shows `message` as a toast (the newest last; at most three at once). */
function showToast(message: string): void {
  toasts = [...toasts, { id: nextId++, message }].slice(-MAX_TOASTS);
  emit();
}

function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The results already announced: a re-render, a revalidation or React's double effects never repeat one.
const shown = new WeakSet<object>();

/**
 * Shows `message` once when `result` (an action's answer: actionData, a fetcher's data) says the action
 * worked (`ok`); a new submission's answer is a new object, so it shows again. It waits until the page has
 * settled (no navigation, no fetcher loading): React Router hands over an action's answer while the page's
 * loaders are still revalidating, so a message built from loader data ("Charges updated: €60.00") would
 * otherwise say the value from before the action.
 */
export function useToast(result: object | null | undefined, ok: boolean, message: string): void {
  const navigating = useNavigation().state !== "idle";
  const fetching = useFetchers().some((fetcher) => fetcher.state !== "idle");
  const settled = !navigating && !fetching;
  useEffect(() => {
    if (!settled || !result || !ok || shown.has(result)) return;
    shown.add(result);
    showToast(message);
  }, [settled, result, ok, message]);
}

/** The toasts, bottom end of the screen (above the tab bar and the safe area below `md`); rendered once, in the root layout. */
export function Toaster() {
  const t = useTranslations("toast");
  const list = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => NONE,
  );
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={t("region")}
      className="pointer-events-none fixed inset-x-3 bottom-[calc(5rem+env(safe-area-inset-bottom))] z-50 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:end-6 sm:w-96 md:bottom-6"
    >
      {list.map((toast) => (
        <ToastItem key={toast.id} toast={toast} dismissLabel={t("dismiss")} />
      ))}
    </div>
  );
}

function ToastItem({ toast, dismissLabel }: { toast: Toast; dismissLabel: string }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, toast.id]);
  return (
    <div
      data-testid="toast"
      className="pointer-events-auto flex items-start gap-2 rounded-lg border border-emerald-200 bg-white px-3 py-2.5 text-sm font-medium text-emerald-900 shadow-lg"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon name="circle-check" className="mt-0.5 size-4 shrink-0 text-emerald-700" />
      <p className="min-w-0 flex-1 break-words">{toast.message}</p>
      <button
        type="button"
        onClick={() => dismiss(toast.id)}
        aria-label={dismissLabel}
        className="-m-1 shrink-0 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <Icon name="x" className="size-4" />
      </button>
    </div>
  );
}
