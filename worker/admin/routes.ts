import { createRouter } from "../lib/context";
import { banRoutes } from "./bans";
import { platformAdminWrites } from "./guard";
import { adminListingRoutes } from "./listings";
import { orgRoutes } from "./orgs";
import { rentIndexRoutes } from "./rent-index";
import { userRoutes } from "./users";

/**
 * /api/admin/*: platform admins only. Anyone else gets 404, as if the routes did not exist (writes are
 * checked before their body is read: `platformAdminWrites`; reads inside their one batch); every action
 * needs a reason and lands in the audit log in the same batch as the change. Accounts: ./users.ts and
 * ./bans.ts; listings: ./listings.ts; orgs: ./orgs.ts; the rent index: ./rent-index.ts.
 */
const guarded = createRouter();
guarded.use("/admin/*", platformAdminWrites);

export const adminRoutes = guarded
  .route("/", orgRoutes)
  .route("/", banRoutes)
  .route("/", rentIndexRoutes)
  .route("/", userRoutes)
  .route("/", adminListingRoutes);
