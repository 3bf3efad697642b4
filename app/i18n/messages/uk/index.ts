import { uk as server } from "../../../../worker/lib/i18n/messages/uk";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { feed } from "./feed";
import { ledgerForms } from "./ledgerForms";
import { rent } from "./rent";
import { shell } from "./shell";

export const uk: Messages = { ...server, shell, auth, ledgerForms, feed, rent };
