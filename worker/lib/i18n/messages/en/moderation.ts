import type { ServerMessages } from "../shape";

/** Emails about platform moderation (worker/email/moderation.ts), in English. */
export const moderation: ServerMessages["moderation"] = {
  takenDown: {
    subject: "Your listing “{title}” has been taken down",
    body: "The Rentline team took down your listing “{title}”: it no longer shows in search and its public page is gone.",
    reason: "Reason: {reason}",
    next: "You cannot republish it. If you think this is a mistake, reply to this email.",
  },
  restored: {
    subject: "Your listing “{title}” is back",
    body: "The Rentline team restored your listing “{title}” as it was.",
    reason: "Reason: {reason}",
  },
  action: "See my listings",
};
