import { createRoute } from "@hono/zod-openapi";
import { readApartment, requireClaims } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json } from "../lib/openapi";
import { roomChatHistory } from "../rooms/publish";
import { chatSightOf, tenureQuery } from "../rooms/sight";
import { apartmentOverviewSchema } from "./contract";
import { apartmentMaintenanceOf, apartmentMaintenanceRead } from "./maintenance";
import { apartmentListingsOf, apartmentListingsRead } from "./listings";
import { apartmentOverview, overviewReads } from "./overview";

/** How many chat messages the page opens with (the room pages further back on demand). */
const CHAT_SHOWN = 50;

/** The apartment page's read model (worker/apartments/overview.ts): mounted by the app, imported by no feature. */
export const apartmentRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/apartments/{id}/room",
    operationId: "getApartmentOverview",
    summary: "Everything an apartment page shows, for either side",
    tags: ["Apartment rooms"],
    description:
      "In one D1 round trip plus the room's chat history: the apartment, who you are in it (with your `permissions`), the leases you may see (every lease with its renters on the landlord side; a renter's own lease), the first page of activity, the latest chat messages (oldest first), the agreements and ledgers of those leases, and the apartment's maintenance requests the viewer may see (unfinished first, then newest; at most 50).",
    request: { params: idParam },
    responses: { 200: json(apartmentOverviewSchema), ...errorResponses },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const viewer = { userId: requireClaims(c).sub };
    const db = c.get("db");
    const { actor, results } = await readApartment(c, id, (a) => [
      tenureQuery(db, viewer.userId, id),
      apartmentMaintenanceRead(a, db, viewer.userId),
      apartmentListingsRead(a, viewer.userId),
      ...overviewReads(a, id, viewer),
    ]);
    const [tenures, maintenance, listings, ...reads] = results;
    // A renter sees the chat of their own tenure only, maintenance staff none of it (rooms/sight.ts).
    const chat = await roomChatHistory(c.env.APARTMENT_ROOM, id, null, CHAT_SHOWN, chatSightOf(actor, tenures));
    const overview = apartmentOverview(actor, reads, chat, c.env);
    if (!overview) throw new NotFound("Apartment");
    return c.json(
      { ...overview, maintenance: apartmentMaintenanceOf(maintenance), listings: apartmentListingsOf(listings) },
      200,
    );
  },
);
