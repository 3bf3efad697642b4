import type { Messages } from "../shape";

export const leaseCharges: Messages["leaseCharges"] = {
  open: "שינוי דמי הניהול",
  formLabel: "דמי הניהול החודשיים של החוזה",
  amount: "דמי ניהול לחודש ({currency})",
  hint: "השינוי חל מחיוב שכר הדירה הבא; רישומים קיימים בספר החשבונות אינם משתנים.",
  submit: "שמירת דמי הניהול",
  saved: "דמי הניהול עודכנו: {amount} לחודש החל משכר הדירה הבא.",
};
