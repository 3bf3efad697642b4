import { data } from "react-router";
import { z } from "zod";
import { parseDecimal } from "../../worker/lib/decimal";
import { PROBLEM_CODES } from "../../worker/lib/problem-codes";
import { requestLocale } from "../i18n/translate.server";
import { readProblem } from "../lib/api.server";
import { getServer } from "../lib/context.server";
import type { Route } from "./+types/lease-rent-revision";

/**
 * `/leases/:id/rent-revision`: the lease panel's rent revision (components/rent-revision-panel.tsx) loads and
 * confirms through here, so the apartment page's own loader keeps its one API read. The loader answers the
 * API's state; the action confirms the proposal (`intent=confirm`) or sets the clause (`intent=clause`) and
 * answers `{ ok }` or the problem's code (the panel shows its sentence in the viewer's language).
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const res = await getServer(context).api.leases[":id"]["rent-revision"].$get({ param: { id: params.id } });
  if (!res.ok) return data({ state: null, problem: (await readProblem(res, request)).code }, { status: res.status });
  return { state: await res.json(), problem: null };
}

const confirmForm = z.object({
  intent: z.literal("confirm"),
  anniversary: z.string(),
  newRent: z.coerce.number().int(),
});
const clauseForm = z.object({
  intent: z.literal("clause"),
  enabled: z.enum(["on", "off"]),
  referenceQuarter: z.string().optional(),
  baseValue: z.string().optional(),
});

export async function action({ context, params, request }: Route.ActionArgs) {
  const { api } = getServer(context);
  const parsed = z
    .discriminatedUnion("intent", [confirmForm, clauseForm])
    .safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return { ok: false, problem: "invalid_input" as const };
  const form = parsed.data;
  // As French (and Ukrainian) landlords type it: "145,17" is INSEE's 145.17; "145,1" its 145.10.
  const baseValue = form.intent === "clause" && form.baseValue?.trim() ? indexValueOf(form.baseValue, request) : null;
  if (baseValue === undefined) return { ok: false, problem: "invalid_input" as const };
  const leaseApi = api.leases[":id"]["rent-revision"];
  const res =
    form.intent === "confirm"
      ? await leaseApi.$post({
          param: { id: params.id },
          json: { anniversary: form.anniversary, newRent: form.newRent },
        })
      : await leaseApi.clause.$put({
          param: { id: params.id },
          json: {
            enabled: form.enabled === "on",
            referenceQuarter: form.enabled === "on" ? (form.referenceQuarter ?? null) : null,
            baseValue,
          },
        });
  if (res.ok) return { ok: true, problem: null };
  const { code } = await readProblem(res, request);
  return { ok: false, problem: code ?? ("invalid_input" satisfies (typeof PROBLEM_CODES)[number]) };
}

/** A typed index value ("145,17", "145.17") as the API takes it ("145.17"), or undefined when it is none. */
function indexValueOf(typed: string, request: Request): string | undefined {
  const value = parseDecimal(typed, requestLocale(request));
  return value === null ? undefined : value.toFixed(2);
}
