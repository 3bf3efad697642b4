import type { Messages } from "../shape";

/** The landlord's apartment at a glance (status, renters, rent, balance, lease end) and the lease panel's buttons. */
export const apartmentGlance: Messages["apartmentGlance"] = {
  let: "Let",
  vacant: "Vacant",
  upcoming: "Lease upcoming",
  renters: "Renters",
  noRenters: "Nobody",
  rent: "Rent",
  balance: "Balance",
  leaseEnd: "Lease ends",
  openEnded: "No end date",
  balanceDue: "{amount} due",
  balanceCredit: "{amount} in credit",
  balanceZero: "Paid up",
  addRenter: "Add a renter",
  addCoRenter: "Add a co-renter",
  openChat: "Open the chat",
  nothingToConfirm: "No payments to confirm.",
  startNextLease: "Prepare the next lease",
  newRepairRequest: "New repair request",
};
