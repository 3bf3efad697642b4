import type { Messages } from "../shape";

/** The dialog that deletes one's account or closes an org (./erasureForms.ts has the cards' words): it loads when opened. */
export const erasureModal: Messages["erasureModal"] = {
  account: {
    password: "הסיסמה שלך",
    googleOnly: "ההתחברות שלך היא עם Google: יש להתחבר שוב עם Google, ואז למחוק את החשבון בתוך 5 דקות.",
    googleSignIn: "התחברות מחדש עם Google",
    confirm: "מחיקת החשבון שלי לצמיתות",
    cancel: "ביטול",
    working: "מוחק…",
  },
  org: {
    password: "הסיסמה שלך",
    googleOnly: "ההתחברות שלך היא עם Google: יש להתחבר שוב עם Google, ואז לסגור את הארגון בתוך 5 דקות.",
    googleSignIn: "התחברות מחדש עם Google",
    confirm: "סגירת הארגון לצמיתות",
    cancel: "ביטול",
    working: "סוגר…",
    done: "הארגון נסגר. המידע שלו נשמר עד {date}, ולאחר מכן נמחק.",
    toAccount: "מעבר לחשבון שלי",
  },
};
