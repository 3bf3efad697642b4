import { createRoute } from "@hono/zod-openapi";
import { readOrg, requireClaims, requireOrg } from "../auth/access";
import { periodOf, todayIn } from "../lib/calendar";
import { createRouter } from "../lib/context";
import { errorResponses, json } from "../lib/openapi";
import { pageOf } from "../lib/pagination";
import { assembleDashboard } from "../rent/dashboard";
import { ROOM_TICKET_TTL_SECONDS, roomTicketSchema } from "../rooms/contract";
import { issueRoomTicket } from "../rooms/tickets";
import { orgRoomName } from "../../durable-objects/org-room.protocol";
import { dashboardQuery, orgDashboard } from "./contract";
import { moneyFigures, occupancySeries, vacancyFigures } from "./model";
import { orgDashboardQueries } from "./queries";

/**
 * /api/dashboard: the org dashboard's read model and the ticket to its live channel. An aggregator like
 * worker/apartments: it reads rent, portfolio, leases, applications and rooms tables (their queries where
 * they have them), mounted by the app, imported by no feature.
 *
 * Who: owners and managers (`ledger.write`). Maintenance staff get 403: the page is about money and
 * applications, neither of which their role reads; their dashboard page shows the properties only. Renters
 * belong to no org: 403 `no_org`.
 */

const tags = ["Dashboard"];

/** Drops a property row's org id (the API never shows it). */
const withoutOrg = <T extends { orgId: string }>({ orgId: _, ...rest }: T) => rest;

export const dashboardRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard",
      operationId: "getOrgDashboard",
      summary: "Read the org dashboard",
      tags,
      description:
        "In one D1 round trip, for the org's current month (its time zone): per currency, expected vs collected and overdue (amount, leases, oldest period, days late; minor units); the 12-month collected-vs-expected series; payments waiting for confirmation (count, the oldest 20); applications waiting for a decision; apartments let today, vacancies (with the next lease's start) and upcoming vacancies; leases ending within 60 days; occupancy over 12 months; a page of properties (`page`, `limit`); and the maintenance requests still to be done (`open`) and among them `overdue` (urgent open > 4 h, emergency > 1 h). Owners and managers (`ledger.write`); maintenance 403 `forbidden`; renters 403 `no_org`.",
      request: { query: dashboardQuery },
      responses: { 200: json(orgDashboard), ...errorResponses },
    }),
    async (c) => {
      const page = c.req.valid("query");
      // "This month" is the org's: read 13 months ending at the newest month any zone has reached (UTC+14)
      // with the org's zone in the same batch, then show the org's own month (as GET /dashboard/rent does).
      const newest = periodOf(todayIn("Pacific/Kiritimati"));
      const {
        results: [
          [org],
          running,
          windowEntries,
          entries,
          owing,
          places,
          leases,
          toConfirm,
          [waiting],
          [pending],
          rows,
          [total],
          [repairs],
        ],
      } = await readOrg(c, (s) => [...orgDashboardQueries(c.get("db"), s, newest, page)], "ledger.write");
      const today = todayIn(org?.timezone ?? "UTC");
      const month = periodOf(today);
      const rent = assembleDashboard(month, today, [running, windowEntries], entries, owing);
      return c.json(
        {
          month,
          today,
          money: moneyFigures(rent.totals, rent.overdue),
          series: rent.series,
          overdue: rent.overdue,
          toConfirm: { count: waiting?.total ?? 0, items: toConfirm },
          applications: { pending: pending?.pending ?? 0, oldest: pending?.oldest ?? null },
          ...vacancyFigures(places, leases, today),
          occupancy: occupancySeries(places, leases, month, today),
          properties: pageOf(rows.map(withoutOrg), total?.total ?? 0, page),
          maintenance: { open: repairs?.open ?? 0, overdue: repairs?.overdue ?? 0 },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/dashboard/room-ticket",
      operationId: "issueOrgRoomTicket",
      summary: "Get a ticket to open the org's live dashboard channel",
      tags,
      description: `A ticket (JWT, valid ${ROOM_TICKET_TTL_SECONDS} s, for the caller's current org's room only) to open its WebSocket at \`url\`. The room sends \`{ "type": "changed", "what": "payments" | "applications" | "leases" }\` whenever one of those changes; it carries no data. Owners and managers (\`ledger.write\`).`,
      responses: { 200: json(roomTicketSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrg(c, "ledger.write");
      const room = orgRoomName(s.scope.orgId);
      const ticket = await issueRoomTicket(c.env.JWT_SECRET, {
        userId: s.scope.userId,
        apartmentId: room,
        sessionId: requireClaims(c).sid,
      });
      return c.json(
        {
          ticket,
          url: `/parties/org-room/${room}?ticket=${encodeURIComponent(ticket)}`,
          expiresIn: ROOM_TICKET_TTL_SECONDS,
        },
        200,
      );
    },
  );
