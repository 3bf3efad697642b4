import type { Messages } from "../shape";

export const systemText: Messages["systemText"] = {
  disputes: {
    opened: "הבנק של השוכר/ת ערער על תשלום בכרטיס",
    funds_withdrawn: "התשלום שבמחלוקת נמשך בחזרה: הסכום שוב לתשלום",
    lost: "המחלוקת על התשלום אבדה: הסכום שוב לתשלום",
    won: "המחלוקת על התשלום הוכרעה לטובתך",
    funds_reinstated: "התשלום שבמחלוקת הוחזר",
  },
  ledgerReasons: {
    stripe_payment: "שולם באינטרנט (Stripe)",
    stripe_refund: "הוחזר (Stripe)",
    stripe_dispute_withdrawn: "תשלום שבמחלוקת נמשך בחזרה (Stripe)",
    stripe_dispute_reinstated: "תשלום שבמחלוקת הוחזר (Stripe)",
  },
  actors: { online_payment: "תשלום מקוון" },
  notes: { paid_online: "שולם באינטרנט (אסמכתה {ref})" },
};
