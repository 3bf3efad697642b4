import type { Messages } from "../shape";

export const documents: Messages["documents"] = {
  pageTitle: "המסמכים שלי",
  subtitle: "חוזי השכירות שלכם, להשלמה, לחתימה ולהורדה.",
  emptyTitle: "אין עדיין מסמכים",
  emptyBody: "כשמשכיר מכין חוזה שכירות לאחת הדירות שלכם, הוא יופיע כאן.",
  where: "{address}, דירה {unit} · {org}",
};
