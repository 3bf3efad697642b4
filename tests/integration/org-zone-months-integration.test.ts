import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../setup/client";
import { postExpense } from "../setup/expenses";
import { createApartment, signUpLandlord } from "../setup/helpers";

/** 23:30 UTC on 30 November 2026: in Paris it is already 00:30 on 1 December. */
const NOW = Date.parse("2026-11-30T23:30:00Z");

/**
 * Issue 13 §4: "today", the current month and its bounds are the org's (the property's) time zone, never
 * UTC's: the org dashboard (GET /dashboard) and the property statement (GET /properties/{id}/statement, its
 * default month and the day an expense may be incurred), with the clock fixed at 23:30 UTC on the last day
 * of a month. Only `Date` is faked: timers, sockets and the worker's own awaits run as usual.
 */
describe("the org's month around midnight", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("Paris: the dashboard's today and month are already 1 December; the statement's month too", async () => {
    const owner = await signUpLandlord("Minuit Paris");
    const { propertyId } = await createApartment(owner, "M1");
    const dashboard = await api(owner).dashboard.$get({ query: {} });
    expect(dashboard.status, dashboard.text).toBe(200);
    expect(dashboard.json).toMatchObject({ today: "2026-12-01", month: "2026-12" });
    expect(dashboard.json.occupancy.at(-1)?.month).toBe("2026-12");

    const statement = await api(owner).properties[":id"].statement.$get({ param: { id: propertyId }, query: {} });
    expect(statement.status, statement.text).toBe(200);
    expect(statement.json).toMatchObject({
      month: "2026-12",
      currentMonth: "2026-12",
      from: "2026-12-01",
      to: "2026-12-31",
    });
    // An expense of Paris's 1 December is not "in the future" there.
    const expense = await postExpense(owner, { propertyId, amount: 4200, incurredOn: "2026-12-01" });
    expect(expense.status, expense.text).toBe(201);
    const december = await api(owner).properties[":id"].statement.$get({ param: { id: propertyId }, query: {} });
    expect(december.json).toMatchObject({ month: "2026-12", expenses: 4200 });
  });

  it("an org on UTC is still on 30 November", async () => {
    const owner = await signUpLandlord("Minuit UTC");
    const patched = await api(owner).orgs.current.settings.$patch({ json: { timezone: "UTC" } });
    expect(patched.status, patched.text).toBe(200);
    const utc = await api(owner).dashboard.$get({ query: {} });
    expect(utc.json).toMatchObject({ today: "2026-11-30", month: "2026-11" });
  });

  it("New York at 03:00 UTC on 1 December is still on 30 November", async () => {
    vi.setSystemTime(Date.parse("2026-12-01T03:00:00Z"));
    const owner = await signUpLandlord("Minuit New York");
    const patched = await api(owner).orgs.current.settings.$patch({ json: { timezone: "America/New_York" } });
    expect(patched.status, patched.text).toBe(200);
    const newYork = await api(owner).dashboard.$get({ query: {} });
    expect(newYork.json).toMatchObject({ today: "2026-11-30", month: "2026-11" });
  });
});
