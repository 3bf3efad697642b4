import type { Messages } from "../shape";

export const account: Messages["account"] = {
  pageTitle: "חשבון",
  subtitle: "הפרופיל שלכם, השפה והמכשירים המחוברים לחשבון.",
  profile: "פרופיל",
  name: "שם",
  email: "דוא״ל",
  confirmed: "מאומתת",
  notConfirmed: "לא מאומתת",
  accountType: "סוג החשבון",
  landlord: "משכיר/ה",
  renter: "שוכר/ת",
  organizations: "ארגונים",
  none: "אין",
  membership:
    "{org} ({role, select, owner {בעלים} manager {מנהל/ת} other {תחזוקה}}{disabled, select, yes {, מושבת} other {}})",
  language: {
    title: "שפה",
    description: "השפה של הדפים ושל המיילים ש־Rentline שולחת לכם.",
    label: "שפה",
    submit: "שמירה",
  },
  sessions: {
    title: "איפה אתם מחוברים",
    description: "נתקו כל מכשיר שאתם לא מזהים, ואז החליפו את הסיסמה.",
    thisDevice: "המכשיר הזה",
    activity: "פעילות אחרונה {lastActive} · התחברות {since}",
    signOut: "ניתוק",
    signOutDevice: "{device}, פעילות אחרונה {lastActive}",
    signOutOthers: "ניתוק כל שאר המכשירים",
    noOthers: "אין מכשירים אחרים מחוברים.",
    signedOut: "המכשיר נותק.",
    revoked:
      "{count, plural, =0 {לא היו מכשירים אחרים מחוברים.} one {מכשיר אחד נוסף נותק.} two {שני מכשירים נוספים נותקו.} other {# מכשירים נוספים נותקו.}}",
    unknownRequest: "בקשה לא מוכרת.",
    unknownDevice: "מכשיר לא מזוהה",
    device: "{browser} ב־{system}",
  },
};
