import { fr as server } from "../../../../worker/lib/i18n/messages/fr";
import { agreement } from "./agreement";
import { auth } from "./auth";
import { lease } from "./lease";
import { leases } from "./leases";
import { shell } from "./shell";

/**
 * The French UI catalogue, the reference: every other language is typed against it. One namespace per
 * file and feature; the server's shared namespaces (`common`, `problems`, `validation`) come along so
 * pages show an API problem's sentence by its code.
 */
export const fr = { ...server, shell, auth, lease, leases, agreement };
