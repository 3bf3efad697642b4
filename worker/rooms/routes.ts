import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getServerByName, routePartykitRequest } from "partyserver";
import { activitySchema, chatMessageSchema } from "../../durable-objects/apartment-room.protocol";
import { readInApartment, requireApartmentAccess, requireClaims } from "../auth/access";
import { appUrl, createRouter, type AppEnv } from "../lib/context";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import { NotFound } from "../lib/errors";
import { leaseStatus } from "../leases/service";
import { leasesOfApartmentQueries } from "../leases/queries";
import { apartmentHandle, orgOfApartment } from "../db/scoped";
import { documentsOfApartmentQuery } from "../documents/service";
import { templateByName } from "../documents/templates";
import { apartmentLedgerQuery, ledgerSummariesOf } from "../rent/queries";
import { stripeConfigured } from "../rent/stripe";
import { publishToRoom } from "./publish";
import * as rooms from "./service";
import { issueRoomTicket, ROOM_TICKET_TTL_SECONDS, verifyRoomTicket } from "./tickets";

const tags = ["Apartment rooms"];
// A fresh object from the protocol's shape, not `activitySchema.openapi()`: the protocol is shared with the UI
// bundle, so in the built worker it can be evaluated before @hono/zod-openapi extends zod, and schemas created
// that early have no `.openapi` (the Worker then fails at start-up).
const activity = z.object(activitySchema.shape).openapi("Activity");
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)");

function publishLater(c: Context<AppEnv>, a: z.infer<typeof activitySchema>) {
  c.executionCtx.waitUntil(publishToRoom(c.env, a, c.get("log")));
}

/** Access to an activity's apartment; someone else's activity answers exactly like one that does not exist. */
async function requireActivityAccess(c: Context<AppEnv>, activityId: string) {
  const apartmentId = await rooms.apartmentOfActivity(c.get("db"), activityId);
  try {
    return await requireApartmentAccess(c, apartmentId);
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound("Activity");
    throw error;
  }
}

export const roomRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/activities",
      tags,
      request: { params: idParam, query: pageQuery },
      responses: { 200: json(pageSchema(activity)), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readInApartment(c, id, (db) => [...rooms.activityPageQueries(db, id, page)]);
      return c.json(pageOf(rows.map(rooms.toActivity), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/activities",
      tags,
      description:
        "Posts to the feed. A renter's entry with an amount reports a payment that the landlord must confirm.",
      request: {
        params: idParam,
        ...jsonBody(
          z.object({
            description: z.string().trim().min(1).max(2000),
            amount: z.number().int().min(1).max(100_000_000).optional(),
            period: period.optional(),
            needsConfirmation: z.boolean().optional(),
          }),
        ),
      },
      responses: { 201: json(activity, "Posted"), ...errorResponses },
    }),
    async (c) => {
      const scope = await requireApartmentAccess(c, c.req.valid("param").id);
      const posted = await rooms.postActivity(c.get("db"), scope, c.req.valid("json"), {
        emailQueue: c.env.EMAIL_QUEUE,
        appUrl: appUrl(c),
      });
      publishLater(c, posted);
      return c.json(posted, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/activities/{id}/confirm",
      tags,
      request: { params: idParam },
      responses: { 200: json(activity), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireActivityAccess(c, id);
      const confirmed = await rooms.confirmActivity(c.get("db"), scope, id);
      publishLater(c, confirmed);
      return c.json(confirmed, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/activities/{id}/reject",
      tags,
      request: { params: idParam, ...jsonBody(z.object({ reason: z.string().trim().min(3).max(500) })) },
      responses: { 200: json(activity), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireActivityAccess(c, id);
      const rejected = await rooms.rejectActivity(c.get("db"), scope, id, c.req.valid("json").reason);
      publishLater(c, rejected);
      return c.json(rejected, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/room-ticket",
      tags,
      description: `A ticket (JWT, valid ${ROOM_TICKET_TTL_SECONDS} s, for this room only) to open the room's WebSocket at \`url\`.`,
      request: { params: idParam },
      responses: {
        200: json(z.object({ ticket: z.string(), url: z.string(), expiresIn: z.number().int() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const scope = await requireApartmentAccess(c, c.req.valid("param").id);
      const ticket = await issueRoomTicket(c.env.JWT_SECRET, scope);
      return c.json(
        {
          ticket,
          url: `/parties/apartment-room/${scope.apartmentId}?ticket=${encodeURIComponent(ticket)}`,
          expiresIn: ROOM_TICKET_TTL_SECONDS,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/messages",
      tags,
      description: "Chat history, newest first; pass `before` (a sequence number) to scroll back.",
      request: {
        params: idParam,
        query: z.object({
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
      responses: {
        200: json(
          z.object({ messages: z.array(chatMessageSchema.extend({ seq: z.number().int() })), seq: z.number().int() }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { before, limit } = c.req.valid("query");
      await readInApartment(c, id, () => []);
      const room = await getServerByName(c.env.APARTMENT_ROOM, id);
      return c.json(await room.chatHistory(before ?? null, limit), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/room",
      tags,
      description:
        "Everything an apartment page shows, for either side, in one D1 round trip plus the room's chat history: the apartment, who you are in it, its leases (landlord side), the first page of activity and the latest chat messages.",
      responses: {
        200: json(
          z.object({
            apartment: z.object({
              id: z.string(),
              unitNumber: z.string(),
              roomsCount: z.number().int(),
              rentAmount: z.number().int(),
              currency: z.string(),
              propertyId: z.string(),
              propertyName: z.string(),
              address: z.string(),
              city: z.string(),
              orgName: z.string(),
            }),
            viewer: z.object({
              userId: z.string(),
              name: z.string(),
              side: z.enum(["landlord", "renter"]),
              role: z.string().nullable(),
              canPost: z.boolean(),
              canConfirm: z.boolean(),
            }),
            leases: z.array(
              z.object({
                id: z.string(),
                startDate: z.string(),
                endDate: z.string().nullable(),
                rentAmount: z.number().int(),
                currency: z.string(),
                dueDay: z.number().int(),
                depositAmount: z.number().int().nullable(),
                status: z.enum(["upcoming", "current", "ended"]),
                renters: z.array(
                  z.object({
                    id: z.string(),
                    email: z.string(),
                    name: z.string().nullable(),
                    joinedAt: z.string().nullable(),
                  }),
                ),
              }),
            ),
            activities: pageSchema(activity),
            chat: z.object({
              messages: z.array(chatMessageSchema.extend({ seq: z.number().int() })),
              seq: z.number().int(),
            }),
            documents: z.array(
              z.object({
                id: z.string(),
                leaseId: z.string(),
                title: z.string(),
                status: z.string(),
                createdAt: z.string(),
                signedAt: z.string().nullable(),
              }),
            ),
            ledgers: z.array(
              z.object({
                leaseId: z.string(),
                balance: z.number().int(),
                currency: z.string(),
                remindersEnabled: z.boolean(),
                periods: z.array(
                  z.object({
                    period: z.string(),
                    dueDate: z.string(),
                    due: z.number().int(),
                    paid: z.number().int(),
                    outstanding: z.number().int(),
                    status: z.string(),
                    daysLate: z.number().int(),
                  }),
                ),
                entries: z.array(
                  z.object({
                    id: z.string(),
                    kind: z.string(),
                    amount: z.number().int(),
                    period: z.string().nullable(),
                    reason: z.string().nullable(),
                    createdAt: z.string(),
                  }),
                ),
              }),
            ),
            onlinePayments: z.boolean(),
          }),
        ),
        ...errorResponses,
      },
      request: { params: idParam },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const page = { page: 1, limit: 20 };
      const viewer = { userId: requireClaims(c).sub };
      const {
        scope,
        results: [[apartment], rows, [total], leaseRows, renters, documentRows, ledgerRows],
      } = await readInApartment(c, id, (db) => [
        rooms.apartmentSummaryQuery(db, id),
        ...rooms.activityPageQueries(db, id, page),
        ...leasesOfApartmentQueries(apartmentHandle(db, id), viewer),
        documentsOfApartmentQuery(db, orgOfApartment(id), id),
        apartmentLedgerQuery(apartmentHandle(db, id), viewer),
      ]);
      if (!apartment) throw new NotFound("Apartment");
      const room = await getServerByName(c.env.APARTMENT_ROOM, id);
      const chat = await room.chatHistory(null, 50);
      // Landlords see every lease with its renters; a renter sees only their own lease.
      const leases = leaseRows
        .filter((l) => scope.side === "landlord" || l.id === scope.leaseId)
        .map(({ orgId: _, apartmentId: __, createdBy: ___, createdAt: ____, ...l }) => ({
          ...l,
          status: leaseStatus(l),
          renters:
            scope.side === "landlord"
              ? renters
                  .filter((r) => r.leaseId === l.id)
                  .map((r) => ({ id: r.id, email: r.email, name: r.name, joinedAt: r.joinedAt }))
              : [],
        }));
      return c.json(
        {
          apartment,
          viewer: {
            userId: scope.userId,
            name: scope.userName,
            side: scope.side,
            role: scope.role,
            canPost: scope.canPost,
            canConfirm: scope.side === "renter" || scope.role === "owner" || scope.role === "manager",
          },
          leases,
          activities: pageOf(rows.map(rooms.toActivity), total?.total ?? 0, page),
          chat: { messages: chat.messages.reverse(), seq: chat.seq },
          // A renter sees the agreements of their own lease only.
          documents: documentRows
            .filter((d) => scope.side === "landlord" || d.leaseId === scope.leaseId)
            .map((d) => ({
              id: d.id,
              leaseId: d.leaseId,
              title: templateByName(d.templateName)?.title ?? d.templateName,
              status: d.status,
              createdAt: d.createdAt,
              signedAt: d.signedAt,
            })),
          // The ledger of each lease shown (a renter: their own), balance and per-period status included.
          ledgers: ledgerSummariesOf(leases, ledgerRows),
          onlinePayments: stripeConfigured(c.env),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/read",
      tags,
      description: "Marks the room's chat as read for the caller.",
      request: { params: idParam },
      responses: { 204: { description: "Marked read" }, ...errorResponses },
    }),
    async (c) => {
      const scope = await requireApartmentAccess(c, c.req.valid("param").id);
      await rooms.markChatRead(c.get("db"), scope);
      return c.body(null, 204);
    },
  );

/**
 * WebSockets into apartment rooms: `/parties/apartment-room/<apartmentId>?ticket=…`. The ticket is
 * verified here, before the room; the verified identity travels in a header the client cannot set
 * (any incoming copy is replaced). Plain HTTP to a room is refused.
 */
export async function routeToRoom(c: Context<AppEnv>): Promise<Response> {
  const res = await routePartykitRequest(c.req.raw, c.env, {
    onBeforeRequest: () => new Response("Rooms speak WebSocket only", { status: 404 }),
    onBeforeConnect: async (req, lobby) => {
      if (lobby.className !== "APARTMENT_ROOM") return new Response("Unknown room", { status: 404 });
      const identity = await verifyRoomTicket(
        c.env.JWT_SECRET,
        new URL(req.url).searchParams.get("ticket"),
        lobby.name,
      );
      if (!identity) return new Response("A valid room ticket is required", { status: 401 });
      const headers = new Headers(req.headers);
      // Header values must be ASCII; names are not (Rémi, Олена): percent-encode the JSON.
      headers.set("x-rentline-identity", encodeURIComponent(JSON.stringify(identity)));
      return new Request(req, { headers });
    },
  });
  return res ?? new Response("Not found", { status: 404 });
}
