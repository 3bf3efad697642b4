import { jwtVerify, SignJWT } from "jose";
import { identitySchema, type Identity } from "../../durable-objects/apartment-room.protocol";
import type { ApartmentScope } from "../auth/access";
import { signingKey } from "../lib/keys";
import { ROOM_TICKET_TTL_SECONDS } from "./contract";

/** Room tickets: HS256 JWTs for one room, valid `ROOM_TICKET_TTL_SECONDS`, issued after the API's access check. */
const AUDIENCE = "rentline-room";

/**
 * A ticket for the room named `scope.apartmentId` (an application's conversation passes its room name there)
 * carrying who holds it; `now` in ms since the epoch.
 */
export async function issueRoomTicket(secret: string, scope: ApartmentScope, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  const identity: Identity = { userId: scope.userId, name: scope.userName, side: scope.side, canPost: scope.canPost };
  return new SignJWT({ ...identity, room: scope.apartmentId })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(scope.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ROOM_TICKET_TTL_SECONDS)
    .sign(signingKey(secret));
}

/** The identity in a ticket for this room, or null (missing, forged, expired, or for another room). */
export async function verifyRoomTicket(secret: string, ticket: string | null, room: string): Promise<Identity | null> {
  if (!ticket) return null;
  try {
    const { payload } = await jwtVerify(ticket, signingKey(secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
      requiredClaims: ["exp"],
    });
    if (payload.room !== room) return null;
    const identity = identitySchema.safeParse(payload);
    return identity.success ? identity.data : null;
  } catch {
    return null;
  }
}
