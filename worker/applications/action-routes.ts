import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createRouter, type AppEnv } from "../lib/context";
import { invalidFromZod } from "../lib/errors";
import { errorResponses, idParam, json, problems } from "../lib/openapi";
import { requireApplicationAccess } from "./access";
import { noteInput, transitionResult } from "./contract";
import type { ApplicationDeps, JoinedLeaseStatements } from "./deps";
import type { ApplicationAction } from "./state";
import { transition } from "./transition";

/**
 * The lifecycle actions (worker/applications/state.ts): POST /applications/{id}/withdraw | reject | accept
 * | confirm, each with an optional note for the other side.
 */
const tags = ["Applications"];

// Not required, and validated in `takeAction`: the router's JSON validator would refuse a bodiless POST.
const noteBody = {
  body: {
    required: false,
    description: "Optional `{ note }` for the other side",
    content: {
      "application/json": {
        schema: { type: "object" as const, properties: { note: { type: "string" as const, maxLength: 1000 } } },
      },
    },
  },
};

const actionRoute = <A extends ApplicationAction>(action: A, summary: string, description: string) =>
  createRoute({
    method: "post",
    path: `/applications/{id}/${action}`,
    operationId: `${action}Application`,
    summary,
    tags,
    description: `${description} An action the caller's side may not take answers 403; one the current status does not allow answers 409 with the current status.`,
    request: { params: idParam, ...noteBody },
    // Accepting and confirming re-check French lease law on the lease the application becomes (./lease-law.ts).
    responses: {
      200: json(transitionResult),
      ...errorResponses,
      ...(action === "accept" || action === "confirm" ? problems(422) : {}),
    },
  });

/** The body is optional: a note for the other side, validated when present. */
async function takeAction(
  c: Context<AppEnv>,
  id: string,
  action: ApplicationAction,
  joinedLeaseStatements: JoinedLeaseStatements,
) {
  const access = await requireApplicationAccess(c, id);
  let note: string | null = null;
  if (c.req.header("content-type")?.includes("json")) {
    const parsed = noteInput.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidFromZod(parsed.error);
    note = parsed.data.note ?? null;
  }
  const result = await transition(c.get("ports"), access, action, note, joinedLeaseStatements);
  c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ applicationId: id }, "applications"));
  return result;
}

/** The lifecycle actions; a confirmation creates the lease through `joinedLeaseStatements` (leases'). */
export function actionRoutes({ joinedLeaseStatements }: Pick<ApplicationDeps, "joinedLeaseStatements">) {
  const act = (c: Context<AppEnv>, id: string, action: ApplicationAction) =>
    takeAction(c, id, action, joinedLeaseStatements);
  return createRouter()
    .openapi(actionRoute("withdraw", "Withdraw an application", "The applicant withdraws."), async (c) =>
      c.json(await act(c, c.req.valid("param").id, "withdraw"), 200),
    )
    .openapi(actionRoute("reject", "Reject an application", "The landlord rejects."), async (c) =>
      c.json(await act(c, c.req.valid("param").id, "reject"), 200),
    )
    .openapi(
      actionRoute(
        "accept",
        "Accept an application",
        "The landlord accepts; the place is confirmed once the first payment is received. For a dwelling in France, 422 with the rule's code when the lease it would become breaks loi n° 89-462 (the ad may have changed since applying: `lease_too_short`, `deposit_above_cap`).",
      ),
      async (c) => c.json(await act(c, c.req.valid("param").id, "accept"), 200),
    )
    .openapi(
      actionRoute(
        "confirm",
        "Confirm an application's first payment",
        "The landlord marks the first payment received: claims a place (409 when none is left), creates the lease with the renter already joined, and closes the listing when its last place is taken. French lease law is re-checked as on accepting (422, nothing written).",
      ),
      async (c) => c.json(await act(c, c.req.valid("param").id, "confirm"), 200),
    );
}
