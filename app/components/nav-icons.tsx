import {
  CircleUser,
  FileText,
  FolderOpen,
  House,
  IdCard,
  LayoutDashboard,
  type LucideIcon,
  Megaphone,
  Search,
  Settings,
  ShieldCheck,
  Users,
  Wallet,
  Wrench,
  Hammer,
  ClipboardList,
} from "lucide-react";
import type { NavItem } from "../lib/sides";

/** Each navigation destination's icon (lucide-react), the same in the tab bar, the More sheet and the top bar. */
export const NAV_ICONS: Record<NavItem["key"], LucideIcon> = {
  dashboard: LayoutDashboard,
  rent: Wallet,
  listings: Megaphone,
  team: Users,
  settings: Settings,
  account: CircleUser,
  moderation: ShieldCheck,
  findHome: Search,
  homes: House,
  applications: FileText,
  documents: FolderOpen,
  dossier: IdCard,
  profile: CircleUser,
  maintenance: Wrench,
  workOrders: ClipboardList,
  repairs: Hammer,
};
