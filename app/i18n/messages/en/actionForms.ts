import type { Messages } from "../shape";

export const actionForms: Messages["actionForms"] = {
  lease: {
    renterEmail: "Enter the renter's email address",
    startDate: "Enter the date the lease starts",
    dueDayRequired: "Enter the day rent is due",
    dueDayMax: "At most 31 (the last day of every month)",
    rentRequired: "Enter an amount like 850.00",
    coRenterEmail: "Enter a valid email address",
    endDate: "Enter the last day of the lease",
  },
  rent: {
    amountRequired: "Enter an amount like 25.00",
    reason: "Say why",
  },
  room: {
    description: "Say what happened",
    amount: "Enter an amount like 850.00",
    period: "Choose a month",
    reasonRequired: "Give a reason",
    reasonShort: "Use at least 3 characters",
    unknownAction: "Unknown action",
    receivedOn: "Choose a day that is not after today",
  },
};
