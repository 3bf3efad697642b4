import { data, redirect } from "react-router";
import type { ServerContext } from "./context.server";
import { parseMoney } from "./money";

type Problem = { detail?: string; errors?: { path: string; message: string }[] };
const failure = async (res: { status: number; json(): Promise<unknown> }) => {
  const p = (await res.json().catch(() => ({}))) as Problem;
  return data(
    { rentError: p.errors?.map((e) => e.message).join("; ") || p.detail || "Something went wrong" },
    { status: res.status },
  );
};

/** The rent panel's form intents (pay online, adjust, reminders), shared by the renter and landlord pages. */
export async function handleRentAction(api: ServerContext["api"], form: FormData) {
  const leaseId = String(form.get("leaseId") ?? "");
  switch (form.get("intent")) {
    case "checkout": {
      const period = String(form.get("period") ?? "") || undefined;
      const res = await api.leases[":id"].checkout.$post({
        param: { id: leaseId },
        json: { period },
        header: { "idempotency-key": String(form.get("idempotencyKey") ?? "") },
      });
      if (!res.ok) return failure(res);
      throw redirect((await res.json()).url);
    }
    case "adjust": {
      const amount = parseMoney(String(form.get("amount") ?? ""));
      if (!amount) return data({ rentError: "Amount: enter a number like 25.00" }, { status: 400 });
      const signed = form.get("direction") === "debit" ? amount : -amount;
      const res = await api.leases[":id"].adjustments.$post({
        param: { id: leaseId },
        json: { amount: signed, reason: String(form.get("reason") ?? "") },
      });
      return res.ok ? { ok: true } : failure(res);
    }
    case "reminders": {
      const res = await api.leases[":id"].reminders.$put({
        param: { id: leaseId },
        json: { enabled: form.get("enabled") === "true" },
      });
      return res.ok ? { ok: true } : failure(res);
    }
    default:
      return null;
  }
}
