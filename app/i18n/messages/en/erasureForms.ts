import type { Messages } from "../shape";

/** Deleting one's account (account page) and closing an org (settings): issue 16 §3, GDPR art. 17. */
export const erasureForms: Messages["erasureForms"] = {
  account: {
    title: "Delete my account",
    description: "Deleting is final: it cannot be undone.",
    open: "Delete my account…",
    deleted:
      "What is deleted: your name, email address and password, your profile, your dossier and its files, your guarantors, and your applications that did not lead to a lease. You are signed out everywhere at once.",
    kept: "What your landlords keep: your leases, rent entries and payments, receipts and signed agreements. The law makes them keep these records for several years (GDPR art. 17(3); French law of 6 July 1989 art. 7-1; Civil Code art. 2224). Your messages stay in their chats, under the name “Former user”.",
    owner:
      "If you are the only owner of an organization that still has members or running leases, close it or hand it over first.",
  },
  org: {
    title: "Close this organization",
    description: "Closing is final: only the Rentline team could open it again.",
    open: "Close the organization…",
    what: "The organization stops at once for all its members and renters: its pages, chats and rooms close and its listings leave search. Members and renters with a running lease are told by email.",
    kept: "Its records (leases, rent entries, receipts, agreements) are kept for the legal period — 6 years, 10 for a company — then deleted for good.",
  },
};
