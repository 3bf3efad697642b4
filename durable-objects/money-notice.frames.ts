import type { ServerFrame } from "./apartment-room.protocol";

/**
 * The apartment room's frames that change a renter's money, as the home's Rent tab reads them
 * (app/components/use-money-live.ts): the lease's ledger moved (`ledger`), or a payment was reported,
 * confirmed or rejected (an `activity` with an amount). The tab reloads its data from the API, so it needs
 * only the frame's type and whether it carries an amount, and ships no validation library for it (issue 17
 * §5), like ./maintenance-notice.frames.ts. The frames' full shapes are ./apartment-room.protocol.ts
 * `ServerFrame`'s `ledger` and `activity` members.
 */
export type MoneyNotice = Pick<Extract<ServerFrame, { type: "ledger" | "activity" }>, "type">;

/** A parsed room message as a money notice, or null when it is another frame (or not a frame). */
export function readMoneyNotice(value: unknown): MoneyNotice | null {
  if (typeof value !== "object" || value === null) return null;
  const { type, activity } = value as Record<string, unknown>;
  if (type === "ledger") return { type };
  const amount =
    typeof activity === "object" && activity !== null ? (activity as Record<string, unknown>).amount : null;
  return type === "activity" && typeof amount === "number" ? { type } : null;
}
