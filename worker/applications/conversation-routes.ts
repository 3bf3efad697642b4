import { createRoute, z } from "@hono/zod-openapi";
import { getServerByName } from "partyserver";
import { requireClaims } from "../auth/access";
import { appUrl, createRouter } from "../lib/context";
import { Forbidden, NotFound } from "../lib/errors";
import { errorResponses, idParam, json } from "../lib/openapi";
import { idempotent } from "../lib/idempotency";
import { stripeClient, stripeConfigured } from "../lib/stripe";
import { ROOM_TICKET_TTL_SECONDS } from "../rooms/contract";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";
import { assertOrgActive, requireApplicationAccess } from "./access";
import { startApplicationCheckout } from "./checkout";
import { checkoutView, messagesQuery, messagesView, roomTicket } from "./contract";
import type { ApplicationDeps } from "./deps";
import { canChat } from "./view";

/**
 * Around an application: its conversation (an apartment room named after it, same tickets and frames)
 * and the applicant's online first payment.
 */
const tags = ["Applications"];

/** The conversation and the first payment; room tickets come from `issueRoomTicket` (rooms'). */
export const conversationRoutes = ({ issueRoomTicket }: Pick<ApplicationDeps, "issueRoomTicket">) =>
  createRouter()
    .openapi(
      createRoute({
        method: "post",
        path: "/applications/{id}/room-ticket",
        operationId: "issueApplicationRoomTicket",
        summary: "Get a ticket to the application's conversation",
        tags,
        description: `A ticket (JWT, valid ${ROOM_TICKET_TTL_SECONDS} s) to open the application's conversation room at \`url\`: the applicant and the landlord's reviewers.`,
        request: { params: idParam },
        responses: { 200: json(roomTicket), ...errorResponses },
      }),
      async (c) => {
        const access = await requireApplicationAccess(c, c.req.valid("param").id);
        const room = applicationRoomName(access.application.id);
        const ticket = await issueRoomTicket(c.env.JWT_SECRET, {
          apartmentId: room, // the apartment room's ticket, for a room named after the application
          orgId: access.application.orgId,
          userId: access.userId,
          userName: access.userName,
          side: access.side,
          role: access.role,
          leaseId: null,
          canPost: canChat(access),
          sessionId: requireClaims(c).sid,
        });
        const url = `/parties/apartment-room/${room}?ticket=${encodeURIComponent(ticket)}`;
        return c.json({ ticket, url, expiresIn: ROOM_TICKET_TTL_SECONDS }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/applications/{id}/messages",
        operationId: "listApplicationMessages",
        summary: "Read the application's conversation",
        tags,
        description: "The application conversation, newest first; pass `before` (a sequence number) to scroll back.",
        request: { params: idParam, query: messagesQuery },
        responses: { 200: json(messagesView), ...errorResponses },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const { before, limit } = c.req.valid("query");
        await requireApplicationAccess(c, id);
        const room = await getServerByName(c.env.APARTMENT_ROOM, applicationRoomName(id));
        return c.json(await room.chatHistory(before ?? null, limit), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/applications/{id}/checkout",
        operationId: "startApplicationCheckout",
        summary: "Pay the first month online",
        tags,
        description:
          "The applicant pays the first month online (Stripe Checkout) once accepted; the webhook then confirms the application. Requires an `Idempotency-Key`; 404 when online payments are not configured.",
        request: { params: idParam, headers: z.object({ "idempotency-key": z.string().optional() }) },
        responses: { 200: json(checkoutView), ...errorResponses },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const access = await requireApplicationAccess(c, id);
        if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
        if (access.side !== "renter") throw new Forbidden("Only the applicant pays online");
        assertOrgActive(access.application);
        const checkout = await idempotent(
          c,
          access.userId,
          { id },
          () =>
            startApplicationCheckout(c.get("db"), stripeClient(c.env), access.application, access.userId, appUrl(c)),
          { required: true },
        );
        return c.json(checkout, 200);
      },
    );
