import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { getServerByName } from "partyserver";

/** How many events room `name` (an apartment id, or `application-<id>`) holds in its own storage. */
export async function roomEventCount(name: string): Promise<number> {
  const room = await getServerByName(env.APARTMENT_ROOM, name);
  return runInDurableObject(room, (_r, state) => state.storage.sql.exec("select * from events").toArray().length);
}

/** Puts one event in room `name`'s own storage, as a chat message would (for tests that a purge forgets it). */
export async function seedRoomEvent(name: string): Promise<void> {
  const room = await getServerByName(env.APARTMENT_ROOM, name);
  await runInDurableObject(room, (_r, state) => {
    state.storage.sql.exec(
      "insert into events (type, dedupe_key, payload, created_at) values ('chat', ?, '{}', ?)",
      `test:${name}:${crypto.randomUUID()}`,
      new Date().toISOString(),
    );
  });
}
