import { describe, expect, it } from "vitest";
import { currentSide, isCurrent, isSide, navigationOf, sideOfPath, sidesOf } from "../../app/lib/sides";

// issue 14 §4: landlords and renters see their own items only; a person who is both gets a switch.

const none = { homes: 0, applications: 0 };

describe("the sides a person has", () => {
  it("landlord side from a membership or a landlord account; renter side from a renter account, a home or an application", () => {
    expect(sidesOf({ accountType: "landlord", memberships: 0, renting: none })).toEqual(["landlord"]);
    expect(sidesOf({ accountType: "landlord", memberships: 1, renting: none })).toEqual(["landlord"]);
    expect(sidesOf({ accountType: "renter", memberships: 0, renting: none })).toEqual(["renter"]);
    expect(sidesOf({ accountType: "renter", memberships: 2, renting: none })).toEqual(["landlord", "renter"]);
    expect(sidesOf({ accountType: "landlord", memberships: 1, renting: { homes: 1, applications: 0 } })).toEqual([
      "landlord",
      "renter",
    ]);
    expect(sidesOf({ accountType: "landlord", memberships: 1, renting: { homes: 0, applications: 3 } })).toEqual([
      "landlord",
      "renter",
    ]);
  });

  it("pages belong to a side, or to both", () => {
    for (const path of [
      "/dashboard",
      "/rent",
      "/team",
      "/settings",
      "/properties/p1",
      "/apartments/a1",
      "/manage/listings/l1",
    ])
      expect(sideOfPath(path), path).toBe("landlord");
    for (const path of [
      "/homes",
      "/homes/h1",
      "/applications/x",
      "/dossier",
      "/profile",
      "/documents/d1",
      "/listings/l1/apply",
    ])
      expect(sideOfPath(path), path).toBe("renter");
    for (const path of ["/account", "/admin/users", "/leases/l1/receipts/2026-01", "/rentals", "/dashboards"])
      expect(sideOfPath(path), path).toBeNull();
  });
});

describe("the side shown", () => {
  const both = ["landlord", "renter"] as const;
  it("follows the page when the person has its side", () => {
    expect(currentSide([...both], "/homes/h1", "landlord")).toBe("renter");
    expect(currentSide([...both], "/dashboard", "renter")).toBe("landlord");
  });
  it("on a page of both sides, the switch's choice; without one, landlord first", () => {
    expect(currentSide([...both], "/account", "renter")).toBe("renter");
    expect(currentSide([...both], "/account", undefined)).toBe("landlord");
    expect(currentSide([...both], "/account", "admin")).toBe("landlord");
  });
  it("never a side the person does not have, whatever the page or the cookie", () => {
    expect(currentSide(["renter"], "/dashboard", "landlord")).toBe("renter");
    expect(currentSide(["landlord"], "/homes", "renter")).toBe("landlord");
  });
  it("the switch's field names a side or nothing", () => {
    expect(isSide("renter")).toBe(true);
    expect(isSide("owner")).toBe(false);
    expect(isSide(null)).toBe(false);
  });
});

describe("each side's navigation", () => {
  const keys = (items: { key: string }[]) => items.map((i) => i.key);
  it("landlords: 4 tabs, the rest in More; Settings only for who may change them, Moderation for admins", () => {
    const plain = navigationOf("landlord", { changeSettings: false, moderate: false });
    expect(keys(plain.primary)).toEqual(["dashboard", "rent", "listings", "team"]);
    expect(keys(plain.more)).toEqual(["account"]);
    const owner = navigationOf("landlord", { changeSettings: true, moderate: true });
    expect(keys(owner.more)).toEqual(["settings", "account", "moderation"]);
  });
  it("renters: homes, find a home, applications, documents; no landlord item on either list", () => {
    const renter = navigationOf("renter", { changeSettings: true, moderate: false });
    expect(keys(renter.primary)).toEqual(["homes", "findHome", "applications", "documents"]);
    expect(keys(renter.more)).toEqual(["repairs", "dossier", "profile", "account"]);
    const all = [...renter.primary, ...renter.more].map((i) => i.to);
    for (const path of all) expect(sideOfPath(path), path).not.toBe("landlord");
  });
  it("maintenance: the board in More for who triages; maintenance staff see their work orders, never money", () => {
    const manager = navigationOf("landlord", { changeSettings: false, moderate: false, manageMaintenance: true });
    expect(keys(manager.more)).toEqual(["maintenance", "account"]);
    const staff = navigationOf("landlord", { changeSettings: false, moderate: false, workOrdersOnly: true });
    expect(keys([...staff.primary, ...staff.more])).toEqual(["workOrders", "account"]);
    expect(sideOfPath("/work-orders")).toBe("landlord");
    expect(sideOfPath("/repairs/abc")).toBe("renter");
  });
  it("an item is current on its page and the pages under it", () => {
    const homes = { to: "/homes", key: "homes" } as const;
    const find = { to: "/listings", key: "findHome" } as const;
    expect(isCurrent(homes, "/homes")).toBe(true);
    expect(isCurrent(homes, "/homes/h1")).toBe(true);
    expect(isCurrent(homes, "/homesick")).toBe(false);
    expect(isCurrent(find, "/listings/l1")).toBe(true);
    expect(isCurrent(find, "/listings/l1/apply")).toBe(false);
  });
  it("on a phone, an apartment's and a property's pages mark the Dashboard tab (issue 14 tester)", () => {
    const landlord = navigationOf("landlord", { moderate: false, changeSettings: true });
    const current = (path: string) => [...landlord.primary, ...landlord.more].filter((i) => isCurrent(i, path));
    expect(current("/apartments/a1").map((i) => i.key)).toEqual(["dashboard"]);
    expect(current("/properties/p1/statement").map((i) => i.key)).toEqual(["dashboard"]);
    expect(current("/apartmentsX").map((i) => i.key)).toEqual([]);
    expect(current("/manage/listings/l1").map((i) => i.key)).toEqual(["listings"]);
  });
});
