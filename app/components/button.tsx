import { Icon } from "./ui/icon";
import type { ComponentProps } from "react";
import { Link, useNavigation } from "react-router";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60";
const variants: Record<Variant, string> = {
  primary: "bg-teal-700 text-white shadow-sm hover:bg-teal-800 focus-visible:outline-teal-700",
  secondary:
    "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50 focus-visible:outline-teal-700",
  danger: "bg-red-700 text-white shadow-sm hover:bg-red-800 focus-visible:outline-red-700",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-teal-700",
};

/** The classes of a button of this variant, for links and buttons alike (`extra` appended). */
export function buttonClass(variant: Variant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

/**
 * A button (a submit button unless `type` says otherwise) in one of the house variants. `pending` is the
 * design system's one loading state: the button is disabled, `aria-busy`, and a spinner shows before its
 * label (the label, hence the accessible name, stays).
 */
export function Button({
  variant = "primary",
  className = "",
  type = "submit",
  pending = false,
  disabled,
  children,
  ...props
}: ComponentProps<"button"> & { variant?: Variant; pending?: boolean }) {
  return (
    <button
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending && <Icon name="loader-circle" className="size-4 shrink-0 motion-safe:animate-spin" />}
      {children}
    </button>
  );
}

/**
 * Whether this page is submitting a form (a navigation, not a fetcher) whose fields include every `field`
 * given, e.g. `useSubmitting({ intent: "bank" })`, or any form when none is given: a submit button's
 * `pending`.
 */
export function useSubmitting(fields: Record<string, string> = {}): boolean {
  const { state, formData } = useNavigation();
  if (state !== "submitting" || !formData) return false;
  return Object.entries(fields).every(([name, value]) => formData.get(name) === value);
}

/** A link that looks like a button. */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

/** Underlined text link with a visible focus ring. */
export const linkClass =
  "font-medium text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800 focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700";
