import { en as server } from "../../../../worker/lib/i18n/messages/en";
import type { Messages } from "../shape";
import { agreement } from "./agreement";
import { auth } from "./auth";
import { lease } from "./lease";
import { leases } from "./leases";
import { shell } from "./shell";

export const en: Messages = { ...server, shell, auth, lease, leases, agreement };
