import type { Context } from "hono";
import type { AppEnv } from "../lib/context";
import { clientIp } from "./rate-limit";
import type { SessionIssuer } from "./service";

/** How this request opens sessions: the JWT secret, and the caller's user agent and IP. */
export function issuerOf(c: Context<AppEnv>): SessionIssuer {
  return {
    secret: c.env.JWT_SECRET,
    client: { userAgent: c.req.header("user-agent"), ip: clientIp(c.req.raw.headers), requestId: c.get("requestId") },
  };
}
