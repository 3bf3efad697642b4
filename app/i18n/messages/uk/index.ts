import { uk as server } from "../../../../worker/lib/i18n/messages/uk";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { lease } from "./lease";
import { shell } from "./shell";

export const uk: Messages = { ...server, shell, auth, lease };
