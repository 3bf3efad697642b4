import { createRoute, z } from "@hono/zod-openapi";
import { getServerByName } from "partyserver";
import { chatMessageSchema } from "../../durable-objects/apartment-room.protocol";
import { readAsUser, readInOrg, requireUser } from "../auth/access";
import { documentSchema, guarantorSchema } from "../dossier/routes";
import { presentDossier } from "../dossier/service";
import type { Context } from "hono";
import { appUrl, createRouter, type AppEnv } from "../lib/context";
import { Forbidden, invalidFromZod, NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { idempotent } from "../lib/idempotency";
import { startApplicationCheckout, stripeClient, stripeConfigured } from "../rent/stripe";
import { issueRoomTicket, ROOM_TICKET_TTL_SECONDS } from "../rooms/tickets";
import { applicationRoomName, readInApplication, requireApplicationAccess } from "./access";
import { applicationStatuses } from "./schema";
import * as service from "./service";
import { APPLICATION_REVIEWERS, applicationActions, decide, isOpen, type ApplicationAction } from "./state";

const tags = ["Applications"];
const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const status = z.enum(applicationStatuses);
const profileSnapshot = z.object({
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  birthDate: z.string(),
  nationality: z.string().nullable(),
  education: z.string().nullable(),
  budgetAmount: z.number().int().nullable(),
  budgetCurrency: z.string().nullable(),
});
const profileOverride = z
  .object({
    firstName: z.string().trim().min(1).max(80),
    lastName: z.string().trim().min(1).max(80),
    phone: z
      .string()
      .trim()
      .min(5)
      .max(30)
      .regex(/^[+0-9 ().-]+$/, "digits, spaces and + ( ) . - only"),
    birthDate: isoDate,
    nationality: z.string().trim().min(2).max(80),
    education: z.string().trim().min(2).max(200),
    budgetAmount: z.number().int().min(0).max(100_000_000),
    budgetCurrency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO currency code"),
  })
  .partial()
  .openapi({ description: "Profile details overridden for this application only" });
const historyEntry = z.object({
  id: z.string(),
  applicationId: z.string(),
  fromStatus: status.nullable(),
  toStatus: status,
  actorUserId: z.string(),
  actorName: z.string(),
  actorSide: z.enum(["landlord", "renter"]),
  note: z.string().nullable(),
  at: z.string(),
});
const application = z
  .object({
    id: z.string(),
    listingId: z.string(),
    roomId: z.string(),
    renterUserId: z.string(),
    status,
    moveInDate: z.string(),
    durationMonths: z.number().int(),
    guarantorIds: z.array(z.string()),
    message: z.string().nullable(),
    profile: profileSnapshot,
    leaseId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Application");
const noteSchema = z.object({ note: z.string().trim().min(1).max(1000).optional() });
// Not required, and validated in `takeAction`: the router's JSON validator would refuse a bodiless POST.
const noteBody = {
  body: {
    required: false,
    description: "Optional `{ note }` for the other side",
    content: {
      "application/json": {
        schema: { type: "object" as const, properties: { note: { type: "string" as const, maxLength: 1000 } } },
      },
    },
  },
};
const mailer = (c: { env: Env; req: { url: string } }) => ({ emailQueue: c.env.EMAIL_QUEUE, appUrl: appUrl(c) });

const actionRoute = (action: ApplicationAction, description: string) =>
  createRoute({
    method: "post",
    path: `/applications/{id}/${action}`,
    tags,
    description: `${description} An action the caller's side may not take answers 403; one the current status does not allow answers 409 with the current status.`,
    request: { params: idParam, ...noteBody },
    responses: {
      200: json(z.object({ id: z.string(), status, leaseId: z.string().nullable(), history: historyEntry })),
      ...errorResponses,
    },
  });

/** The body is optional: a note for the other side, validated when present. */
async function takeAction(c: Context<AppEnv>, action: ApplicationAction) {
  const access = await requireApplicationAccess(c, c.req.param("id")!);
  let note: string | null = null;
  if (c.req.header("content-type")?.includes("json")) {
    const parsed = noteSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidFromZod(parsed.error);
    note = parsed.data.note ?? null;
  }
  return service.transition(c.get("db"), access, action, note, mailer(c));
}

export const applicationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/applications",
      tags,
      description:
        "Applies to a published listing with the caller's dossier. A dossier that does not meet the listing's requirements answers 422 with everything missing in `errors`; a second application to the same listing 409.",
      request: jsonBody(
        z.object({
          listingId: z.string().min(1).max(64),
          roomId: z.string().min(1).max(64).optional(),
          moveInDate: isoDate,
          durationMonths: z.number().int().min(1).max(120),
          guarantorIds: z.array(z.string().min(1).max(64)).max(50).default([]),
          message: z.string().trim().max(2000).optional(),
          profile: profileOverride.optional(),
        }),
      ),
      responses: { 201: json(application, "Applied"), 422: errorResponses[400], ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json(await service.apply(c.get("db"), claims.sub, c.req.valid("json"), mailer(c)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/applications",
      tags,
      description: "The caller's applications across orgs, newest first, each with its status history.",
      responses: {
        200: json(
          z.object({
            results: z.array(
              z.object({
                id: z.string(),
                status,
                listingId: z.string(),
                listingTitle: z.string(),
                city: z.string(),
                roomName: z.string(),
                moveInDate: z.string(),
                durationMonths: z.number().int(),
                apartmentId: z.string(),
                createdAt: z.string(),
                updatedAt: z.string(),
                history: z.array(historyEntry),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        results: [rows, history],
      } = await readAsUser(c, (db, claims) => [
        ...service.myApplicationsQueries(db, claims.sub),
        service.myHistoryQuery(db, claims.sub),
      ]);
      return c.json(
        {
          results: rows.map((r) => ({
            ...r,
            history: history.filter((h) => h.applicationId === r.id).map(({ orgId: _, ...h }) => h),
          })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/applications/{id}",
      tags,
      description:
        "One application for either side: status history, the room, and the dossier as applied (documents through signed links: for the landlord, links that check their access to this application again on use).",
      request: { params: idParam },
      responses: {
        200: json(
          z.object({
            application: application.extend({
              listingTitle: z.string(),
              apartmentId: z.string(),
              currency: z.string(),
              renterName: z.string(),
              renterEmail: z.string(),
            }),
            room: z.object({
              id: z.string(),
              name: z.string(),
              capacity: z.number().int(),
              filled: z.number().int(),
              rentAmount: z.number().int(),
            }),
            history: z.array(historyEntry),
            documents: z.array(documentSchema),
            guarantors: z.array(guarantorSchema),
            viewer: z.object({
              side: z.enum(["landlord", "renter"]),
              role: z.string().nullable(),
              actions: z.array(z.enum(applicationActions)),
              canChat: z.boolean(),
              canPayOnline: z.boolean(),
            }),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        access,
        results: [[room], history, gs, docs],
      } = await readInApplication(c, id, (db) => [
        service.roomOfApplicationQuery(db, id),
        service.historyQuery(db, id),
        ...service.applicationDossierQueries(db, id),
      ]);
      const app = access.application;
      const grant =
        access.side === "renter"
          ? ({ kind: "user", userId: access.userId } as const)
          : ({ kind: "application", applicationId: id } as const);
      const dossier = await presentDossier(c.env.FILES_SIGNING_KEY, app.renterUserId, docs, gs, grant);
      const {
        orgId: _,
        transitionId: __,
        listingStatus: ___,
        depositAmount: ____,
        viewerRole: _r,
        orgDisabled: _d,
        viewerName: _n,
        ...shown
      } = app;
      return c.json(
        {
          application: shown,
          room: room!,
          history: history.map(({ orgId: _, ...h }) => h),
          ...dossier,
          viewer: {
            side: access.side,
            role: access.role,
            actions: applicationActions.filter((a) => decide(a, access.side, app.status).ok),
            canChat: isOpen(app.status) || app.status === "confirmed",
            canPayOnline:
              access.side === "renter" && app.status === "accepted_pending_payment" && stripeConfigured(c.env),
          },
        },
        200,
      );
    },
  )
  .openapi(actionRoute("withdraw", "The applicant withdraws."), async (c) =>
    c.json(await takeAction(c, "withdraw"), 200),
  )
  .openapi(actionRoute("reject", "The landlord rejects."), async (c) => c.json(await takeAction(c, "reject"), 200))
  .openapi(
    actionRoute("accept", "The landlord accepts; the place is confirmed once the first payment is received."),
    async (c) => c.json(await takeAction(c, "accept"), 200),
  )
  .openapi(
    actionRoute(
      "confirm",
      "The landlord marks the first payment received: claims a place in the room (409 when none is left), creates the lease with the renter already joined, and closes the listing when its last place is taken.",
    ),
    async (c) => c.json(await takeAction(c, "confirm"), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/listings/{id}/applications",
      tags,
      description: "A listing's applications, for its org's owners and managers.",
      request: { params: idParam },
      responses: {
        200: json(
          z.object({
            listing: z.object({
              id: z.string(),
              title: z.string(),
              status: z.string(),
              guarantorsRequired: z.number().int(),
              requiredDocuments: z.array(z.string()),
            }),
            rooms: z.array(
              z.object({ id: z.string(), name: z.string(), capacity: z.number().int(), filled: z.number().int() }),
            ),
            results: z.array(
              z.object({
                id: z.string(),
                status,
                renterName: z.string(),
                renterEmail: z.string(),
                roomId: z.string(),
                roomName: z.string(),
                moveInDate: z.string(),
                durationMonths: z.number().int(),
                guarantors: z.number().int(),
                message: z.string().nullable(),
                createdAt: z.string(),
                updatedAt: z.string(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        s,
        results: [[listing], rows, rooms],
      } = await readInOrg(c, (s) => [...service.listingApplicationsQueries(s.db, s.scope.orgId, id)]);
      if (!listing) throw new NotFound("Listing");
      if (!(APPLICATION_REVIEWERS as readonly string[]).includes(s.scope.role))
        throw new Forbidden(`Your role (${s.scope.role}) does not allow reviewing applications`);
      return c.json({ listing, rooms, results: rows }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/applications/{id}/room-ticket",
      tags,
      description: `A ticket (JWT, valid ${ROOM_TICKET_TTL_SECONDS} s) to open the application's conversation room at \`url\`: the applicant and the landlord's reviewers.`,
      request: { params: idParam },
      responses: {
        200: json(z.object({ ticket: z.string(), url: z.string(), expiresIn: z.number().int() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const access = await requireApplicationAccess(c, c.req.valid("param").id);
      const room = applicationRoomName(access.application.id);
      const canPost = isOpen(access.application.status) || access.application.status === "confirmed";
      // The apartment room's ticket, for a room named after the application: same checks, same frames.
      const ticket = await issueRoomTicket(c.env.JWT_SECRET, {
        apartmentId: room,
        orgId: access.application.orgId,
        userId: access.userId,
        userName: access.userName,
        side: access.side,
        role: access.role,
        leaseId: null,
        canPost,
      });
      return c.json(
        {
          ticket,
          url: `/parties/apartment-room/${room}?ticket=${encodeURIComponent(ticket)}`,
          expiresIn: ROOM_TICKET_TTL_SECONDS,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/applications/{id}/messages",
      tags,
      description: "The application conversation, newest first; pass `before` (a sequence number) to scroll back.",
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
      await requireApplicationAccess(c, id);
      const room = await getServerByName(c.env.APARTMENT_ROOM, applicationRoomName(id));
      return c.json(await room.chatHistory(before ?? null, limit), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/applications/{id}/checkout",
      tags,
      description:
        "The applicant pays the first month online (Stripe Checkout) once accepted; the webhook then confirms the application. Requires an `Idempotency-Key`; 404 when online payments are not configured.",
      request: { params: idParam, headers: z.object({ "idempotency-key": z.string().optional() }) },
      responses: {
        200: json(z.object({ url: z.string(), amount: z.number().int(), currency: z.string() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const access = await requireApplicationAccess(c, id);
      if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
      if (access.side !== "renter") throw new Forbidden("Only the applicant pays online");
      const checkout = await idempotent(
        c,
        access.userId,
        { id },
        () => startApplicationCheckout(c.get("db"), stripeClient(c.env), access.application, access.userId, appUrl(c)),
        { required: true },
      );
      return c.json(checkout, 200);
    },
  );
