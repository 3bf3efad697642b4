/**
 * When a room last announced a change, in ms since the epoch on the room's clock: the apartment room's
 * activities, chat messages and document, ledger and maintenance notices; the org room's `changed`. Kept in
 * the Durable Object's storage (the synchronous KV of SQLite-backed objects), so a room woken from
 * hibernation still knows it. Each connection's `hello` carries it (`changedAt`); a page compares it with
 * when its loader read (app/lib/live-socket.ts `changedSince`): a change between the loader and the socket,
 * which no frame will repeat, reloads the page's data.
 */
const KEY = "changed_at";

/** The last change's instant (ms), or 0 when the room has announced none (or was forgotten since). */
export function lastChangeAt(storage: DurableObjectStorage): number {
  const at = storage.kv.get<number>(KEY);
  return typeof at === "number" ? at : 0;
}

/** Records that the room announces a change now (`at`, ms). */
export function markChanged(storage: DurableObjectStorage, at = Date.now()): void {
  storage.kv.put(KEY, at);
}
