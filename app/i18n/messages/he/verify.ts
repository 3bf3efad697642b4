import type { Messages } from "../shape";

export const verify: Messages["verify"] = {
  pageTitle: "אימות חוזה חתום",
  description: "בדקו שקובץ PDF של חוזה שכירות מ־Rentline אמיתי וחתום במלואו.",
  intro: "העלו את קובץ ה־PDF הסופי שקיבלתם, או הדביקו את ה־SHA-256 שלו. שום דבר שאתם מעלים לא נשמר.",
  file: "קובץ PDF",
  hash: "…או ה־SHA-256 שלו",
  hashPlaceholder: "64 תווים הקסדצימליים",
  submit: "אימות",
  chooseOne: "בחרו את קובץ ה־PDF, או הדביקו את ה־SHA-256 שלו.",
  genuine: "אמיתי וחתום במלואו",
  signedBy: "{title}, {address}. נחתם על ידי {signers}.",
  signer: "{name} ({side, select, landlord {משכיר/ה} other {שוכר/ת}}) ב־{date}",
  unknown: "לא מוכר או ששונה",
  notSigned: "זו טיוטה לא חתומה של חוזה, ולא קובץ ה־PDF הסופי החתום.",
  altered: "ל־Rentline אין חוזה חתום עם התוכן המדויק הזה. ייתכן שהקובץ שונה.",
  hashLine: "טביעת אצבע SHA-256: {hash}",
};
