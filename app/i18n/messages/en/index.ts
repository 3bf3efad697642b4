import { en as server } from "../../../../worker/lib/i18n/messages/en";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { feed } from "./feed";
import { ledgerForms } from "./ledgerForms";
import { rent } from "./rent";
import { shell } from "./shell";

export const en: Messages = { ...server, shell, auth, ledgerForms, feed, rent };
