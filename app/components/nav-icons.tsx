import type { IconName } from "./ui/icon-names";
import type { NavItem } from "../lib/sides";

/** Each navigation destination's icon (./ui/icon.tsx), the same in the tab bar, the More sheet and the top bar. */
export const NAV_ICONS: Record<NavItem["key"], IconName> = {
  dashboard: "layout-dashboard",
  rent: "wallet",
  listings: "megaphone",
  team: "users",
  settings: "settings",
  account: "circle-user",
  moderation: "shield-check",
  findHome: "search",
  homes: "house",
  applications: "file-text",
  documents: "folder-open",
  dossier: "id-card",
  profile: "circle-user",
  maintenance: "wrench",
  workOrders: "clipboard-list",
  repairs: "hammer",
  auditTrail: "history",
};
