import type { Messages } from "../shape";

export const auth: Messages["auth"] = {
  login: {
    title: "התחברות",
    welcome: "ברוכים השבים ל־Rentline.",
    invitation: "התחברו כדי לקבל את ההזמנה.",
    newHere: "חדשים ב־Rentline?",
    signUp: "הרשמה",
    email: "דוא״ל",
    password: "סיסמה",
    forgot: "שכחתם את הסיסמה?",
    submit: "התחברות",
    submitting: "מתחברים…",
    emailInvalid: "הזינו כתובת דוא״ל תקינה",
    passwordMissing: "הזינו את הסיסמה",
    resetDone: "הסיסמה שונתה. התחברו עם הסיסמה החדשה.",
    googleUnverified:
      "קיים חשבון Rentline עם הכתובת הזו, אך הכתובת עדיין לא אומתה ולכן ההתחברות עם Google לא יכולה להשתמש בו. התחברו עם הסיסמה ואמתו את הכתובת מהמייל שנשלח (או אפסו את הסיסמה), ואז ההתחברות עם Google תעבוד.",
  },
  or: "או",
};
