import { he as server } from "../../../../worker/lib/i18n/messages/he";
import type { Messages } from "../shape";
import { auth } from "./auth";
import { lease } from "./lease";
import { shell } from "./shell";

export const he: Messages = { ...server, shell, auth, lease };
