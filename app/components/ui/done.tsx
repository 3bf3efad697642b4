import { CircleCheck } from "lucide-react";
import type { ReactNode } from "react";

/**
 * The design system's one "it worked" line after an action (saved, sent, recorded, decided): a check and
 * the sentence in green, announced politely (role=status) where the action was taken. Page-level outcomes
 * use `Alert tone="success"` (../alert.tsx); failures use `FormError`/`Alert tone="error"`.
 */
export function Done({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <p role="status" className={`flex items-center gap-1.5 text-sm font-medium text-emerald-800 ${className}`.trim()}>
      <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
