import { en as server } from "../../../../worker/lib/i18n/messages/en";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { lease } from "./lease";
import { shell } from "./shell";

export const en: Messages = { ...server, shell, auth, lease };
