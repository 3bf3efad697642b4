import type { Messages } from "../shape";

/** An agreement's or a listing's status, as its badge says it (app/components/status-badge.tsx). */
export const statusBadge: Messages["statusBadge"] = {
  draft: "טיוטה",
  rendering: "בהפקה…",
  ready: "מוכן",
  out_for_signature: "נשלח לחתימה",
  signed: "נחתם",
  failed: "נכשל",
  published: "פורסם",
  closed: "סגור",
  taken_down: "הוסרה על ידי Rentline",
};
