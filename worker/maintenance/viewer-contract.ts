import { z } from "zod";
import { MAINTENANCE_ACTOR_KINDS } from "./schema";
import { MAINTENANCE_ACTIONS } from "./state";

/**
 * The reader of a maintenance request as `GET /maintenance-requests/{id}` answers it (./contract.ts
 * `requestDetail`): who they are and what the API lets them do now, with the reasons a staff button is not
 * there (the renter's reopen window before closing, costs that could no longer be recorded).
 */

/** Who reads a request, and what they may do with it now (the UI shows exactly these buttons). */
export const requestViewer = z.object({
  kind: z.enum(MAINTENANCE_ACTOR_KINDS),
  actions: z.array(z.enum(MAINTENANCE_ACTIONS)),
  canEdit: z.boolean().meta({ description: "Priority, assignee, vendor, visit (owner/manager)" }),
  canComment: z.boolean(),
  canRate: z.boolean(),
  canLogCosts: z.boolean(),
  closableFrom: z.string().nullable().meta({
    description:
      "Staff, a resolved request: until when (ISO instant) the renter may still reopen it, so it cannot be closed yet (null: it can)",
  }),
  costsLocked: z.enum(["finished", "recorded"]).nullable().meta({
    description:
      "Staff: why no cost can be logged any more (closed or cancelled; recorded as an expense); null otherwise",
  }),
});
