import type { ServerMessages } from "../shape";

/** Emails about erasure (worker/email/erasure.ts; issue 16 §3, GDPR art. 17), in English. */
export const erasure: ServerMessages["erasure"] = {
  accountErased: {
    subject: "Your Rentline account has been deleted",
    body: "As you asked, your Rentline account was deleted on {date}. Your personal data, your dossier and its files have been erased, and every session is signed out.",
    kept: "What the law makes your landlords keep (leases, rent entries, payments, receipts, signed agreements) is kept for the legal period, under the name “Former user” wherever it is not a legal document (GDPR art. 17(3)(b)).",
    notYou: "If you did not ask for this, reply to this email.",
    action: "Go to Rentline",
  },
  orgClosed: {
    subject: "The organization “{orgName}” has been closed",
    body: "{orgName} closed its Rentline space on {date}. It can no longer be used and its listings are no longer published.",
    renter: "Your lease does not change: contact your landlord directly about what comes next.",
    kept: "Its data is kept until {purgeDate} (the legal retention period for leases and accounting records), then deleted.",
    action: "Go to Rentline",
  },
};
