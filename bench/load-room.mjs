// The load test's side of an apartment room (bench/load.mjs): the app's connection (app/components/use-room.ts)
// without the browser: a ticket from POST /api/apartments/{id}/room-ticket, then the WebSocket at the URL it
// names (/parties/apartment-room/<apartment id>?ticket=…), frames as durable-objects/apartment-room.protocol.ts
// defines them. It does not reconnect: a socket the room closes during the run is an error, never hidden.
// Each socket records every chat message it receives (by clientId) so the end can check who got what.

const ANSWER_TIMEOUT_MS = 30_000;

/**
 * A recorder of timings (ms) and errors, by action kind (`samples`: kind → ms of each success; `failures`:
 * kind → count; `errors`: distinct message → count). `time(kind, work)` runs `work`, records its time,
 * and records a throw as an error of `kind` (distinct messages counted) instead of rethrowing: undefined then.
 */
export function recorder() {
  const samples = new Map();
  const errors = new Map();
  const failures = new Map();
  const fail = (kind, error) => {
    const message = `${kind}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400);
    errors.set(message, (errors.get(message) ?? 0) + 1);
    failures.set(kind, (failures.get(kind) ?? 0) + 1);
  };
  return {
    samples,
    errors,
    failures,
    fail,
    async time(kind, work) {
      const started = performance.now();
      try {
        const result = await work();
        if (!samples.has(kind)) samples.set(kind, []);
        samples.get(kind).push(performance.now() - started);
        return result;
      } catch (error) {
        fail(kind, error);
        return undefined;
      }
    },
  };
}

/**
 * Waiting for an event, not for time: `until(check, what, ms)` resolves once `check()` is true, re-checked on
 * every `notify()`, and rejects after `ms` naming `what`.
 */
export function waiter() {
  const pending = new Set();
  return {
    notify() {
      for (const w of pending) w();
    },
    until(check, what, ms = ANSWER_TIMEOUT_MS) {
      return new Promise((resolve, reject) => {
        const done = () => {
          if (!check()) return;
          pending.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          pending.delete(done);
          reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
        }, ms);
        pending.add(done);
        done();
      });
    },
  };
}

/** Applies one server frame to the socket's record; `onActivity` sees activity frames. */
function take(room, frame, onActivity) {
  if (frame.type === "hello") room.hello = true;
  else if (frame.type === "chat") {
    const id = frame.message.clientId;
    room.chats.set(id, (room.chats.get(id) ?? 0) + 1);
  } else if (frame.type === "activity") onActivity?.(frame.activity);
  else if (frame.type === "error") room.problems.push(`room error frame ${frame.code}: ${frame.detail}`);
}

/**
 * Opens `who`'s socket on apartment `apartmentId`'s room through `api` (scripts/demo/http.mjs `apiClient`),
 * waiting for the room's `hello`. Returns `{ apartmentId, chats, problems, chat(text, clientId), close() }`:
 * `chats` counts each chat message received by clientId; `problems` lists error frames and unexpected
 * closes; `chat` sends a message and resolves once the room echoes it back (it has been logged and fanned
 * out). `onActivity(activity)` receives the activity frames (payments reported and confirmed).
 */
export async function openRoom(api, apartmentId, who, onActivity) {
  const { url } = await api.post(`/apartments/${apartmentId}/room-ticket`, { as: who });
  const ws = new WebSocket(new URL(url, api.base.replace(/^http/, "ws")).href);
  const events = waiter();
  const room = { apartmentId, chats: new Map(), problems: [], hello: false, closing: false, closed: false };
  ws.addEventListener("message", (event) => {
    try {
      take(room, JSON.parse(String(event.data)), onActivity);
    } catch (error) {
      room.problems.push(`unreadable frame: ${error instanceof Error ? error.message : String(error)}`);
    }
    events.notify();
  });
  ws.addEventListener("close", (event) => {
    room.closed = true;
    if (!room.closing) room.problems.push(`the room closed the socket (${event.code} ${event.reason})`);
    events.notify();
  });
  await events.until(() => room.hello || room.closed, "the room's hello");
  if (!room.hello) throw new Error(room.problems.join("; "));
  return {
    apartmentId,
    chats: room.chats,
    problems: room.problems,
    async chat(text, clientId) {
      ws.send(JSON.stringify({ type: "chat", text, clientId }));
      await events.until(() => room.chats.has(clientId) || room.closed, `the echo of chat ${clientId}`);
      if (!room.chats.has(clientId)) throw new Error(`chat ${clientId} not echoed: ${room.problems.join("; ")}`);
    },
    /** Resolves once every clientId of `ids` was received, or after `ms` (the caller then counts what is missing). */
    received: (ids, ms) =>
      events.until(() => ids.every((id) => room.chats.has(id)), "chat deliveries", ms).catch(() => {}),
    close() {
      room.closing = true;
      ws.close();
    },
  };
}
