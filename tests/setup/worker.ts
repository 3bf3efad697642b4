// The worker under test: worker/index.ts without the React Router bundle (the e2e suite covers the UI).
import { app } from "../../worker/app";
import { runQueue } from "../../worker/jobs/queues";
import { runScheduled } from "../../worker/jobs/scheduled";
import { withErrorReporting } from "../../worker/lib/error-reporting";

// Test-only: a route that fails the way a bug would (after reading its body), for the error-reporting tests.
// Mounted here, never in worker/app.ts, so production has no crash route.
// Its message names the body's email, as careless error messages do: the report must not carry it.
app.post("/__test/crash", async (c) => {
  const email = /"email":"([^"]+)"/.exec(await c.req.text())?.[1] ?? "nobody";
  throw new TypeError(`test-only crash while handling ${email}`);
});

// Wrapped as worker/index.ts wraps it: a test that sets SENTRY_DSN sees the reports (error-reporting tests).
export default withErrorReporting({
  fetch: app.fetch,
  queue: runQueue,
  scheduled: runScheduled,
}) satisfies ExportedHandler<Env>;

export { ApartmentRoom } from "../../durable-objects/apartment-room";
export { OrgRoom } from "../../durable-objects/org-room";
// The render worker's RPC entrypoint (workers/render), served by this same test worker: vitest.config.ts binds
// RENDER to it, so PDFs and images go through the real RPC path (structured clone, the fonts' callback stub).
export { RenderService } from "../../workers/render/index";
