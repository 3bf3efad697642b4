import type { Messages } from "../shape";

export const admin: Messages["admin"] = {
  users: {
    title: "Account moderation",
    subtitle: "Find an account by its email address to suspend it or lift its suspension.",
    search: "Account email address",
    searchSubmit: "Search",
    emailInvalid: "Enter a valid email address",
    notFound: "No account uses the address {email}.",
    active: "Active",
    banned: "Suspended",
    platformAdmin: "Rentline administrator: this account cannot be suspended.",
    banTitle: "Suspend the account",
    banHint:
      "Takes effect at once: every session is ended, open conversations are disconnected and the account can no longer sign in.",
    reason: "Reason (kept in the audit log)",
    reasonInvalid: "Give a reason of 3 to 500 characters",
    banSubmit: "Suspend the account",
    bannedDone: "{name}'s account is suspended.",
    unbanTitle: "Lift the suspension",
    unbanHint: "The account can sign in again; its old sessions stay ended.",
    unbanSubmit: "Lift the suspension",
    unbannedDone: "{name}'s account is no longer suspended.",
    working: "Saving…",
    history: "Moderation history",
    historyEmpty: "This account has never been suspended.",
    entryBan: "Suspended on {at} by {by}",
    entryUnban: "Suspension lifted on {at} by {by}",
    unknownAdmin: "an administrator",
  },
};
