import { he as server } from "../../../../worker/lib/i18n/messages/he";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { feed } from "./feed";
import { ledgerForms } from "./ledgerForms";
import { rent } from "./rent";
import { orgSettings } from "./org-settings";
import { shell } from "./shell";
import { rentRevision } from "./rentRevision";
import { listings } from "./listings";
import { admin } from "./admin";
import { home } from "./home";
import { onboarding } from "./onboarding";
import { profile } from "./profile";
import { dossier } from "./dossier";
import { account } from "./account";
import { documents } from "./documents";
import { homes } from "./homes";
import { applications } from "./applications";
import { errors } from "./errors";
import { ui } from "./ui";
import { devMail } from "./devMail";
import { verify } from "./verify";

export const he: Messages = {
  ...server,
  shell,
  auth,
  orgSettings,
  rentRevision,
  listings,
  admin,
  home,
  onboarding,
  profile,
  dossier,
  account,
  documents,
  homes,
  applications,
  errors,
  ui,
  devMail,
  verify,
  ledgerForms,
  feed,
  rent,
};
