import type { Messages } from "../shape";

export const feed: Messages["feed"] = {
  byline: "{author} ({side, select, landlord {landlord} renter {renter} other {—}}) · {time}",
  forPeriod: "for {period}",
  status: {
    pending: "{side, select, landlord {Waiting for the landlord to confirm} other {Waiting for the renter to confirm}}",
    confirmed: "Confirmed by {name} on {time}",
    rejected: "Rejected by {name}: {reason}",
  },
  confirm: "Confirm",
  rejectOpen: "Reject…",
  reason: "Reason",
  reject: "Reject",
  post: {
    renterLabel: "What happened (e.g. payment sent for May)",
    landlordLabel: "Note or payment received",
    amount: "Amount ({currency}, optional)",
    period: "Period (optional)",
    askRenter: "Ask the renter to confirm",
    renterSubmit: "Post to the feed",
    landlordSubmit: "Post",
  },
};
