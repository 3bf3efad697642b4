import { data } from "react-router";
import { parseMoney } from "./money";
import type { ServerContext } from "./context.server";

type Problem = { detail?: string; errors?: { path: string; message: string }[] };

async function problemOf(res: { json(): Promise<unknown> }): Promise<string> {
  const body = (await res.json().catch(() => ({}))) as Problem;
  return body.errors?.map((e) => `${e.path}: ${e.message}`).join("; ") || body.detail || "Something went wrong";
}

/** The apartment room's form intents (post, confirm, reject), shared by the landlord and renter pages. */
export async function handleRoomAction(api: ServerContext["api"], apartmentId: string, form: FormData) {
  const intent = form.get("intent");
  if (intent === "post") {
    const rawAmount = String(form.get("amount") ?? "").trim();
    const amount = rawAmount ? parseMoney(rawAmount) : undefined;
    if (amount === null) return data({ error: "Amount: enter a number like 850.00" }, { status: 400 });
    const period = String(form.get("period") ?? "").trim() || undefined;
    const res = await api.apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: {
        description: String(form.get("description") ?? ""),
        amount: amount || undefined,
        period,
        needsConfirmation: form.get("needsConfirmation") === "on" || undefined,
      },
    });
    return res.ok ? { ok: true } : data({ error: await problemOf(res) }, { status: res.status });
  }
  if (intent === "confirm" || intent === "reject") {
    const id = String(form.get("activityId") ?? "");
    const res =
      intent === "confirm"
        ? await api.activities[":id"].confirm.$post({ param: { id } })
        : await api.activities[":id"].reject.$post({
            param: { id },
            json: { reason: String(form.get("reason") ?? "") },
          });
    return res.ok ? { ok: true } : data({ error: await problemOf(res) }, { status: res.status });
  }
  return data({ error: "Unknown action" }, { status: 400 });
}
