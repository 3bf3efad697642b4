import { Server } from "partyserver";

/**
 * ApartmentRoom: one Durable Object per apartment (partyserver, hibernatable WebSockets).
 * Guarantees today: the binding and its SQLite-backed class exist in every environment, so deploys and
 * migrations are stable. The live feed, chat, tickets and the /parties route arrive with the
 * apartment-rooms issue; until then no route reaches this class and nothing can connect.
 */
export class ApartmentRoom extends Server<Env> {
  static override options = { hibernate: true };
}
