import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { ApartmentScope } from "../auth/access";
import { signingKey } from "../lib/keys";
import { ROOM_TICKET_TTL_SECONDS } from "./contract";

/**
 * Room tickets: HS256 JWTs for one room, valid `ROOM_TICKET_TTL_SECONDS`, issued after the API's access
 * check. A ticket names the session it was issued to (`sid`): at connect the Worker checks that session and
 * the access again (rooms/connect.ts), so a ticket minted before a logout or a removal opens nothing.
 */
const AUDIENCE = "rentline-room";

/**
 * What a ticket carries: who, through which session, for which room. Never what they may do there: the
 * gate and the room read the rights from D1 at connect and before every post (rooms/rights.ts).
 */
const ticketClaims = z.object({ userId: z.string(), sid: z.string(), room: z.string() });
type TicketClaims = z.infer<typeof ticketClaims>;

/**
 * A ticket for the room named `scope.apartmentId` (an application's conversation, or an org room, passes its room name there)
 * carrying who holds it and their session `scope.sessionId` (the rest of the scope is the caller's checked
 * access, not carried); `now` in ms since the epoch.
 */
export async function issueRoomTicket(
  secret: string,
  scope: Pick<ApartmentScope, "userId" | "apartmentId"> & { sessionId: string },
  now = Date.now(),
): Promise<string> {
  const iat = Math.floor(now / 1000);
  const claims: TicketClaims = { userId: scope.userId, sid: scope.sessionId, room: scope.apartmentId };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(scope.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ROOM_TICKET_TTL_SECONDS)
    .sign(signingKey(secret));
}

/** The claims of a ticket for this room, or null (missing, forged, expired, for another room, or no session). */
export async function verifyRoomTicket(
  secret: string,
  ticket: string | null,
  room: string,
): Promise<TicketClaims | null> {
  if (!ticket) return null;
  try {
    const { payload } = await jwtVerify(ticket, signingKey(secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
    });
    const claims = ticketClaims.safeParse(payload);
    return claims.success && claims.data.room === room ? claims.data : null;
  } catch {
    return null;
  }
}
