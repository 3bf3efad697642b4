import type { Messages } from "../shape";

/** The account page's "Your data" section (app/components/data-export-card.tsx), in English. */
export const accountExport: Messages["accountExport"] = {
  title: "Your data",
  description:
    "Download a copy of everything Rentline holds about you (GDPR, articles 15 and 20): a ZIP archive of JSON files and your documents. It is prepared in the background; you get an email with the link, valid for 7 days. One request a day.",
  request: "Download my data",
  inProgress: "An archive is being prepared: you will get an email.",
  listLabel: "Your export requests",
  requestedAt: "Requested {date}",
  status: {
    requested: "Waiting",
    building: "Being prepared",
    ready: "Ready",
    failed: "Failed",
  },
  validUntil: "Link valid until {date}",
  expired: "Link expired",
  failed: "The archive could not be prepared. You can ask again.",
  download: "Download",
  requested: "Requested: you will get an email when the archive is ready.",
};
