// The worker under test: worker/index.ts without the React Router bundle (the e2e suite covers the UI).
import { app } from "../../worker/app";
import { runQueue } from "../../worker/jobs/queues";
import { runScheduled } from "../../worker/jobs/scheduled";

export default {
  fetch: app.fetch,
  queue: runQueue,
  scheduled: runScheduled,
} satisfies ExportedHandler<Env>;

export { ApartmentRoom } from "../../durable-objects/apartment-room";
export { OrgRoom } from "../../durable-objects/org-room";
