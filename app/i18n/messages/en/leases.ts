import type { Messages } from "../shape";

export const leases: Messages["leases"] = {
  title: "Renters and leases",
  none: "No lease yet.",
  period: "{start} to {end}",
  openEnded: "From {start}, open-ended",
  dueDay: "due on {day, plural, =31 {the last day} other {day #}} of the month",
  invited: "{name} (invited)",
  status: {
    upcoming: "Upcoming",
    current: "Current",
    ended: "Ended",
    cancelled: "Cancelled",
  },
  coRenter: {
    formLabel: "Add a co-renter to the lease from {start}",
    email: "Co-renter email",
    submit: "Invite co-renter",
  },
  invitationSent: "Invitation sent.",
  add: {
    formLabel: "Add a renter",
    renterEmail: "Renter email",
    startDate: "Lease start",
    endDate: "Lease end (optional)",
    dueDay: "Rent due day (31: the last day of every month)",
    rent: "Rent excluding charges ({currency})",
    deposit: "Deposit (optional)",
    firstMonth: "First month, charges included (optional; else pro-rated by days)",
    lastMonth: "Last month, charges included (optional; else pro-rated by days)",
    submit: "Add renter",
    charges: "Monthly charges: provision or flat amount ({currency}, optional)",
  },
  rentAndCharges: "{total} a month ({rent} rent + {charges} charges)",
  cancelledOn: "Was to start on {start}; cancelled on {date}",
  cancelledAgreed: "Agreed for {start} to {end}; cancelled on {date}",
};
