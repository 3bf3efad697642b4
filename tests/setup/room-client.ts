import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { ServerFrame } from "../../durable-objects/apartment-room.protocol";
import { api, BASE, type Caller } from "./client";

/** A test client for apartment rooms: real WebSockets through the Worker's /parties route. */
export type Frame = ServerFrame;
export type Of<T extends Frame["type"]> = Extract<Frame, { type: T }>;

/** Upgrades through the real Worker (ticket check in the route, then the room). */
export async function upgrade(url: string) {
  return exports.default.fetch(new Request(`${BASE}${url}`, { headers: { Upgrade: "websocket" } }));
}

export async function ticketFor(apartmentId: string, who: Caller) {
  const res = await api(who).apartments[":id"]["room-ticket"].$post({ param: { id: apartmentId } });
  expect(res.status, res.text).toBe(200);
  return res.json;
}

/** One connected socket and every frame it received, in order. */
export class RoomClient {
  readonly frames: Frame[] = [];
  private listeners: (() => void)[] = [];
  closed = false;

  private constructor(readonly ws: WebSocket) {
    ws.addEventListener("message", (event) => {
      this.frames.push(JSON.parse(event.data as string) as Frame);
      for (const notify of this.listeners) notify();
    });
    ws.addEventListener("close", () => {
      this.closed = true;
    });
  }

  static async open(apartmentId: string, who: Caller) {
    const { url } = await ticketFor(apartmentId, who);
    return RoomClient.connect(url);
  }

  /** Opens the room behind a ticket URL (application conversations get theirs from their own route). */
  static async connect(url: string) {
    const res = await upgrade(url);
    expect(res.status).toBe(101);
    const ws = res.webSocket!;
    ws.accept();
    const client = new RoomClient(ws);
    await client.waitFor("hello");
    return client;
  }

  get hello() {
    return this.frames.find((f): f is Of<"hello"> => f.type === "hello")!;
  }

  /** The first frame of that type (matching `where`) received at index `from` or later. */
  waitFor<T extends Frame["type"]>(
    type: T,
    where: (f: Of<T>) => boolean = () => true,
    from = 0,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    const find = () => this.frames.slice(from).find((f): f is Of<T> => f.type === type && where(f as Of<T>));
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (!found) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(found);
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no ${type} frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(from))}`));
      }, timeoutMs);
      this.listeners.push(listener);
      check();
    });
  }

  of<T extends Frame["type"]>(type: T, from = 0): Of<T>[] {
    return this.frames.slice(from).filter((f): f is Of<T> => f.type === type);
  }

  send(frame: unknown) {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Sends a chat and waits until it comes back with its sequence number. */
  async chat(text: string, clientId: string = crypto.randomUUID()) {
    const from = this.frames.length;
    this.send({ type: "chat", text, clientId });
    return this.waitFor("chat", (f) => f.message.clientId === clientId, from);
  }

  close() {
    this.ws.close(1000, "bye");
  }
}
