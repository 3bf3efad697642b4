import { en as server } from "../../../../worker/lib/i18n/messages/en";
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

export const en: Messages = { ...server, shell, auth, orgSettings, rentRevision, listings, admin, ledgerForms, feed, rent };
