import type { Messages } from "../shape";

/** The landlord's apartment at a glance (status, renters, rent, balance, lease end) and the lease panel's buttons. */
export const apartmentGlance: Messages["apartmentGlance"] = {
  let: "מושכרת",
  vacant: "פנויה",
  upcoming: "חוזה עתידי",
  renters: "שוכרים",
  noRenters: "אין",
  rent: "שכר דירה",
  balance: "יתרה",
  leaseEnd: "סיום החוזה",
  openEnded: "ללא תאריך סיום",
  balanceDue: "חוב של {amount}",
  balanceCredit: "{amount} זכות",
  balanceZero: "אין חוב",
  addRenter: "הוספת שוכר",
  addCoRenter: "הוספת שותף לחוזה",
  openChat: "פתיחת הצ׳אט",
  nothingToConfirm: "אין תשלומים לאישור.",
  startNextLease: "הכנת החוזה הבא",
  newRepairRequest: "בקשת תיקון חדשה",
};
