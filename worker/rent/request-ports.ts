import type { Context } from "hono";
import { appUrl, type AppEnv } from "../lib/context";
import { portsOf, type Ports } from "../lib/ports";

/** The request's ports. Transitional: replaced by `c.get("ports")` once requestContext provides it. */
export function requestPorts(c: Context<AppEnv>): Ports {
  return portsOf(c.env, c.get("db"), c.get("log"), c.get("requestId"), appUrl(c));
}
