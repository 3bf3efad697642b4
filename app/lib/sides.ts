import { SIDES, type Side } from "../../worker/domain";

/**
 * The two sides of the app shell (issue 14 §4). A person is on the landlord side when they belong to an
 * org (or signed up as a landlord and have yet to create one), and on the renter side when they signed up
 * as a renter or rent a home or applied for one. The navigation shows the current side's destinations
 * only; someone with both sides gets a switch, remembered in the `rl_side` cookie. Pure functions: the
 * shell's loader and the unit tests call them alike.
 */

export type { Side };

/** What the shell knows of the viewer (GET /api/me): account type, orgs and renter activity. */
export type SideFacts = {
  accountType: "landlord" | "renter";
  memberships: number;
  renting: { homes: number; applications: number };
  /**
   * Maintenance staff only in the current org (./sides.ts `isWorkOnly`): a renter account invited to fix
   * things has no renter side unless it really rents or applied somewhere.
   */
  workOnly?: boolean;
};

/** The sides the viewer has, landlord first; never empty (an account is of one type at least). */
export function sidesOf(facts: SideFacts): Side[] {
  const landlord = facts.memberships > 0 || facts.accountType === "landlord";
  const renting = facts.renting.homes > 0 || facts.renting.applications > 0;
  const renter = renting || (facts.accountType === "renter" && !(facts.workOnly && facts.memberships > 0));
  return SIDES.filter((side) => (side === "landlord" ? landlord : renter));
}

/** Pages that belong to one side: visiting one (a link in an email, a bookmark) puts the viewer on it. */
const PAGE_SIDES: [RegExp, Side][] = [
  [
    /^\/(dashboard|rent|team|settings|properties|apartments|manage|onboarding|maintenance|work-orders)(\/|$)/,
    "landlord",
  ],
  [/^\/(homes|applications|dossier|profile|documents|listings\/[^/]+\/apply|repairs)(\/|$)/, "renter"],
];

/** The side a page belongs to, or null for pages of both (account, moderation, receipts…). */
export function sideOfPath(pathname: string): Side | null {
  return PAGE_SIDES.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

/**
 * The side the shell shows: the page's own side when the viewer has it, else the one the switch
 * remembered (`chosen`, from the cookie) when they have it, else their first (landlord before renter).
 */
export function currentSide(sides: Side[], pathname: string, chosen: string | undefined): Side {
  const page = sideOfPath(pathname);
  if (page && sides.includes(page)) return page;
  const remembered = SIDES.find((s) => s === chosen);
  if (remembered && sides.includes(remembered)) return remembered;
  return sides[0] ?? "renter";
}

/** Where each side starts (the switch lands there). */
export const SIDE_HOME: Record<Side, string> = { landlord: "/dashboard", renter: "/homes" };

/** Whether `value` names a side (the switch's form field). */
export const isSide = (value: unknown): value is Side => SIDES.some((s) => s === value);

/** A destination of the navigation: its path and its label's key in the `navigation.items` messages. */
export type NavItem = {
  to: string;
  key:
    | "dashboard"
    | "rent"
    | "listings"
    | "team"
    | "settings"
    | "account"
    | "moderation"
    | "findHome"
    | "homes"
    | "applications"
    | "documents"
    | "dossier"
    | "profile"
    | "maintenance"
    | "workOrders"
    | "repairs"
    | "auditTrail";
};

/** Whether these permissions are a maintenance member's: work on requests, nothing on money or leases. */
export const isWorkOnly = (permissions: readonly string[]) =>
  permissions.includes("maintenance.work") && !permissions.includes("maintenance.triage");

/** What the viewer may do in the current org that changes their navigation (from the API's permissions). */
export type NavAbilities = {
  changeSettings: boolean;
  /** Read the org's audit trail (owners). */
  readAudit?: boolean;
  moderate: boolean;
  /** Triage and assign maintenance requests (owners, managers): the maintenance board. */
  manageMaintenance?: boolean;
  /** Work on assigned requests only (maintenance staff): "My work orders" instead of money and leases. */
  workOrdersOnly?: boolean;
};

/**
 * A side's destinations: `primary` are the phone's bottom tab bar (4, the "More" tab makes 5) and the first
 * links of the desktop bar; `more` are the rest, in the More sheet on phones. "Find a home" is the renter
 * side's second tab. Settings only for who may change them; Moderation only for platform admins. Maintenance
 * staff see their work orders and their account only: never the rent, leases or balances.
 */
export function navigationOf(side: Side, can: NavAbilities): { primary: NavItem[]; more: NavItem[] } {
  const account: NavItem = { to: "/account", key: "account" };
  const moderation: NavItem[] = can.moderate ? [{ to: "/admin", key: "moderation" }] : [];
  if (side === "landlord" && can.workOrdersOnly)
    return { primary: [{ to: "/work-orders", key: "workOrders" }, account], more: moderation };
  if (side === "landlord")
    return {
      primary: [
        { to: "/dashboard", key: "dashboard" },
        { to: "/rent", key: "rent" },
        { to: "/manage/listings", key: "listings" },
        { to: "/team", key: "team" },
      ],
      more: [
        ...(can.manageMaintenance ? [{ to: "/maintenance", key: "maintenance" } as const] : []),
        ...(can.changeSettings ? [{ to: "/settings", key: "settings" } as const] : []),
        ...(can.readAudit ? [{ to: "/settings/audit", key: "auditTrail" } as const] : []),
        account,
        ...moderation,
      ],
    };
  return {
    primary: [
      { to: "/homes", key: "homes" },
      { to: "/listings", key: "findHome" },
      { to: "/applications", key: "applications" },
      { to: "/documents", key: "documents" },
    ],
    more: [
      { to: "/repairs", key: "repairs" },
      { to: "/dossier", key: "dossier" },
      { to: "/profile", key: "profile" },
      account,
      ...moderation,
    ],
  };
}

/**
 * Whether `item` is the page at `pathname` (its own path or a page under it), for `aria-current`.
 * "Find a home" (/listings) is current on a listing's page too, but not on its apply page (the renter's); the
 * Dashboard on the pages of a property or an apartment (PAGES_UNDER).
 */
export function isCurrent(item: NavItem, pathname: string): boolean {
  if (pathname === item.to) return true;
  if (item.to === "/listings") return /^\/listings\/[^/]+\/?$/.test(pathname);
  return [item.to, ...(PAGES_UNDER[item.to] ?? [])].some((to) => pathname.startsWith(`${to}/`));
}

/**
 * Pages reached from a destination whose paths do not start with its own (issue 14 tester: on a phone, an
 * apartment's page marked no tab): a property's and an apartment's pages are the Dashboard's (their cards are
 * there); a property's statement and expenses are under /properties.
 */
const PAGES_UNDER: Partial<Record<string, string[]>> = {
  "/dashboard": ["/properties", "/apartments"],
};
