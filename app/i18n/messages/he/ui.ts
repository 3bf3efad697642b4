import type { Messages } from "../shape";

export const ui: Messages["ui"] = {
  /** An erased account's name on the records kept (app/i18n/person-name.ts): on every page, so not in erasureForms. */
  formerUser: "משתמש לשעבר",
  loading: "טוען…",
  /** An org member's role (the team page, the read-only notices of the portfolio forms). */
  roles: {
    owner: "בעלים",
    manager: "מנהל",
    maintenance: "תחזוקה",
  },
  pagination: { previous: "הקודם", next: "הבא", pageOf: "עמוד {page} מתוך {pages}" },
  verifyBanner: {
    pending: "אמתו את כתובת הדוא״ל שלכם, <strong>{email}</strong>, בעזרת הקישור ששלחנו אליכם.",
    sent: "שלחנו קישור אימות חדש אל <strong>{email}</strong>. בדקו את תיבת הדואר.",
    rateLimited: "יותר מדי בקשות לקישור חדש. נסו שוב בעוד דקה.",
    failed: "לא הצלחנו לשלוח קישור חדש כרגע. נסו שוב בעוד רגע.",
    sending: "שולחים…",
    sendAgain: "שליחה חוזרת",
    resend: "שליחת הקישור מחדש",
  },
  signature: {
    draw: "ציירו את החתימה שלכם",
    captured: "החתימה נקלטה.",
    signInside: "חתמו בתוך המסגרת.",
    clear: "ניקוי",
  },
  orgSwitcher: { label: "ארגון", disabled: "{name} (מושבת)", switch: "מעבר" },
  conversation: "שיחה",
  logo: "Rentline, דף הבית",
  photoPicker: {
    hint: "כמה בבת אחת, מהגלריה או מהמצלמה.",
    choose: "בחירת תמונות",
    camera: "צילום תמונה",
    previewAlt: "תמונה {number}: {name}",
    preparing: "מכינים את התמונות: {done} / {total}",
    ready: "{count, plural, one {תמונה אחת מוכנה לשליחה} other {# תמונות מוכנות לשליחה}}",
    sending: "{count, plural, one {שולחים תמונה אחת…} other {שולחים # תמונות…}}",
    remove: "הסרת תמונה {number}",
    tooMany: "עד {max} תמונות בהודעה: נשמרו {max} הראשונות.",
    limit: "עד {max} תמונות.",
  },
};
