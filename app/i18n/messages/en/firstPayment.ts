import type { Messages } from "../shape";

/** The first payment of a confirmed application (the card on the application and the home). */
export const firstPayment: Messages["firstPayment"] = {
  title: "What to pay to move in",
  how: "How to pay",
  byWhen: "Due by",
  online: "Online by card with the button below, or by bank transfer.",
  transfer: "By bank transfer to this account, with the reference so the landlord recognises it:",
  intro: "Your application is accepted. Pay this by {date} to secure the place: the landlord confirms it on receipt.",
  rentMonth: "Rent for {month}",
  rentProrated: "Rent for {month}, {days} of {total} days",
  charges: "Monthly charges",
  chargesProrated: "Charges, same days",
  deposit: "Security deposit",
  total: "Total to pay",
  noBank: "The landlord has not entered bank details yet: ask them in the conversation below.",
  landlordIntro: "Asked of the applicant on acceptance, due by {date}: you confirm it on receipt.",
  payTotal: "Pay {amount} online (first rent and deposit)",
};
