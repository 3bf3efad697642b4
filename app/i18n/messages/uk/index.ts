import { uk as server } from "../../../../worker/lib/i18n/messages/uk";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { shell } from "./shell";
import { dashboard } from "./dashboard";
import { properties } from "./properties";
import { apartments } from "./apartments";
import { deleteSection } from "./deleteSection";
import { team } from "./team";
import { room } from "./room";
import { documentsPanel } from "./documentsPanel";
import { signing } from "./signing";
import { ledger } from "./ledger";
import { leaseEnd } from "./leaseEnd";
import { listingApplications } from "./listingApplications";
import { receipt } from "./receipt";
import { actionForms } from "./actionForms";

export const uk: Messages = {
  ...server,
  shell,
  auth,
  // Staff side (landlords, managers).
  dashboard,
  properties,
  apartments,
  deleteSection,
  team,
  room,
  documentsPanel,
  signing,
  ledger,
  leaseEnd,
  listingApplications,
  receipt,
  actionForms,
};
