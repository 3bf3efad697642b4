// Baseline for `npm run bench`: the smallest Hono handler on the same workerd, same machine, same run.
import { Hono } from "hono";

const app = new Hono();
app.get("/bare", (c) => c.json({ ok: true }));
app.get("/healthz", (c) => c.json({ ok: true }));

export default app;
