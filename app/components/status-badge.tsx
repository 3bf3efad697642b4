import { useTranslations } from "use-intl";

// A document's or a listing's status as a badge, on its own: the listing pages show it without the
// agreements panel's code (./documents-panel.tsx re-exports it; issue 17 §5, client JavaScript per page).

const STATUSES = [
  "draft",
  "rendering",
  "ready",
  "out_for_signature",
  "signed",
  "failed",
  "published",
  "closed",
  "taken_down",
] as const;
const isKnownStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);
const STATUS_TONE: Record<string, string> = {
  signed: "bg-emerald-50 text-emerald-900",
  out_for_signature: "bg-amber-50 text-amber-900",
  failed: "bg-red-50 text-red-800",
  taken_down: "bg-red-50 text-red-800",
};

/** An agreement's (or a listing's) status (draft, rendering, ready, out for signature, signed, failed) as a badge. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("statusBadge");
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[status] ?? "bg-slate-100 text-slate-800"}`}
    >
      {isKnownStatus(status) ? t(status) : status}
    </span>
  );
}
