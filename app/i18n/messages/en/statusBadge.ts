import type { Messages } from "../shape";

/** An agreement's or a listing's status, as its badge says it (app/components/status-badge.tsx). */
export const statusBadge: Messages["statusBadge"] = {
  draft: "Draft",
  rendering: "Rendering…",
  ready: "Ready",
  out_for_signature: "Out for signature",
  signed: "Signed",
  failed: "Failed",
  published: "Published",
  closed: "Closed",
  taken_down: "Taken down by Rentline",
};
