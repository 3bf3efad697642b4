import { Hono } from "hono";
import { createRequestHandler } from "react-router";

const handler = createRequestHandler(() => import("virtual:react-router/server-build"), import.meta.env.MODE);
const app = new Hono<{ Bindings: Env }>();
app.get("/healthz", (c) => c.json({ ok: true }));
app.all("*", (c) => handler(c.req.raw));
export default app;
export { ApartmentRoom } from "../durable-objects/apartment-room";
