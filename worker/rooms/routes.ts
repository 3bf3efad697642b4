import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { readApartment, requireApartment, requireClaims } from "../auth/access";
import { requireLeasePrivate } from "../auth/policy";
import { createRouter, type AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import { markChatRead } from "./chat";
import {
  activityInput,
  activityRejection,
  activitySchema,
  chatHistoryQuery,
  chatHistorySchema,
  ROOM_TICKET_TTL_SECONDS,
  roomTicketSchema,
  type Activity,
} from "./contract";
import { publishToRoom, roomChatHistory } from "./publish";
import { confirmActivity, rejectActivity } from "./confirmation";
import * as rooms from "./service";
import { issueRoomTicket } from "./tickets";
import { chatSightOf, tenureQuery } from "./sight";

const tags = ["Apartment rooms"];

function publishLater(c: Context<AppEnv>, a: Activity, orgId: string) {
  c.executionCtx.waitUntil(publishToRoom(c.env, a, c.get("log")));
  // Money on the feed changes the org's dashboard (payments to confirm, collected).
  if (a.amount !== null) c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ orgId }, "payments"));
}

/** Access to an activity's apartment; someone else's activity answers exactly like one that does not exist. */
async function requireActivity(c: Context<AppEnv>, activityId: string) {
  const apartmentId = await rooms.apartmentOfActivity(c.get("ports"), activityId);
  try {
    return await requireApartment(c, apartmentId);
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
      operationId: "listActivities",
      summary: "List an apartment's activity feed, newest first",
      tags,
      request: { params: idParam, query: pageQuery },
      responses: { 200: json(pageSchema(activitySchema)), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readApartment(c, id, (a) => [...rooms.activityPageQueries(a, page, requireClaims(c).sub)]);
      return c.json(pageOf(rows.map(rooms.toActivity), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/activities",
      operationId: "postActivity",
      summary: "Post to an apartment's activity feed",
      tags,
      description:
        "Posts to the feed. A renter's entry with an amount (minor units) reports a payment that the landlord must confirm; the landlord side's records a payment (on the ledger at once unless it asks the renter to confirm). A payment may carry its `method` and `receivedOn` (default today in the org's time zone; 422 `received_in_future` after it) and needs no `description`; each payment writes an audit row. 409 `payment_pending` (naming `pendingActivityId`, `pendingAmount`, `pendingSide`) while another payment of that month (or naming no month) waits for confirmation or is being paid online. 403 `read_only` once the renter's lease has ended.",
      request: { params: idParam, ...jsonBody(activityInput) },
      responses: { 201: json(activitySchema, "Posted"), ...errorResponses },
    }),
    async (c) => {
      const { actor, a } = await requireApartment(c, c.req.valid("param").id, "room.post");
      const posted = await rooms.postActivity(a, actor, c.req.valid("json"), c.get("ports"));
      publishLater(c, posted, actor.orgId);
      // A payment recorded by the landlord side is on the ledger at once: open pages refresh their balance.
      if (posted.kind === "payment_received" && posted.status === "posted" && posted.leaseId)
        c.executionCtx.waitUntil(c.get("ports").rooms.ledgerChanged(posted.apartmentId, posted.leaseId));
      return c.json(posted, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/activities/{id}/confirm",
      operationId: "confirmActivity",
      summary: "Confirm an entry waiting for your side",
      description:
        "A confirmed payment goes on the lease's ledger exactly once. 403 `own_entry` or `wrong_side`; 409 `already_confirmed` / `already_rejected` / `already_posted`.",
      tags,
      request: { params: idParam },
      responses: { 200: json(activitySchema), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, a } = await requireActivity(c, id);
      const confirmed = await confirmActivity(a, actor, id, c.get("ports"));
      publishLater(c, confirmed, actor.orgId);
      return c.json(confirmed, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/activities/{id}/reject",
      operationId: "rejectActivity",
      summary: "Reject an entry waiting for your side, with a reason",
      tags,
      request: { params: idParam, ...jsonBody(activityRejection) },
      responses: { 200: json(activitySchema), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, a } = await requireActivity(c, id);
      const rejected = await rejectActivity(a, actor, id, c.req.valid("json"), c.get("ports"));
      publishLater(c, rejected, actor.orgId);
      return c.json(rejected, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/room-ticket",
      operationId: "issueApartmentRoomTicket",
      summary: "Get a ticket to open the apartment room's WebSocket",
      tags,
      description: `A ticket (JWT, valid ${ROOM_TICKET_TTL_SECONDS} s, for this room only) to open the room's WebSocket at \`url\`.`,
      request: { params: idParam },
      responses: { 200: json(roomTicketSchema), ...errorResponses },
    }),
    async (c) => {
      const { actor } = await requireApartment(c, c.req.valid("param").id);
      const ticket = await issueRoomTicket(c.env.JWT_SECRET, { ...actor, sessionId: requireClaims(c).sid });
      return c.json(
        {
          ticket,
          url: `/parties/apartment-room/${actor.apartmentId}?ticket=${encodeURIComponent(ticket)}`,
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
      operationId: "listApartmentChatMessages",
      summary: "Read the apartment room's chat history",
      tags,
      description:
        "Chat history, newest first; pass `before` (a sequence number) to scroll back. A renter reads their own tenure only: their lease's messages, and the landlord's (and, in a shared flat, other renters') while their lease ran. Maintenance staff get 403: the chat is the lease's (they talk with renters in a request's comments).",
      request: { params: idParam, query: chatHistoryQuery },
      responses: { 200: json(chatHistorySchema), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { before, limit } = c.req.valid("query");
      const db = c.get("db");
      const {
        actor,
        results: [tenures],
      } = await readApartment(c, id, () => [tenureQuery(db, requireClaims(c).sub, id)]);
      // A renter reads the chat of their own tenure only; maintenance staff are refused it (rooms/sight.ts).
      if (actor.side === "landlord") requireLeasePrivate(actor);
      const sees = chatSightOf(actor, tenures);
      return c.json(await roomChatHistory(c.env.APARTMENT_ROOM, id, before ?? null, limit, sees), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/read",
      operationId: "markApartmentChatRead",
      summary: "Mark the apartment room's chat as read",
      tags,
      description: "Marks the room's chat as read for the caller.",
      request: { params: idParam },
      responses: { 204: { description: "Marked read" }, ...errorResponses },
    }),
    async (c) => {
      const { actor } = await requireApartment(c, c.req.valid("param").id);
      await markChatRead(c.get("ports"), actor);
      return c.body(null, 204);
    },
  );
