import { useCallback, useEffect, useRef } from "react";
import { useRevalidator } from "react-router";
import {
  changedSince,
  type FrameReader,
  type LiveHandlers,
  type LiveSocket,
  type LiveTarget,
  openLiveSocket,
} from "../lib/live-socket";

/**
 * A page's socket to a live room (app/lib/live-socket.ts), opened when the page mounts (after hydration: a
 * socket cannot open on the server) and closed when it unmounts or the target changes. The latest
 * `handlers` are called on open, close and each frame `read` accepts. Returns `send(text)` (the socket queues
 * what is sent while it reconnects).
 *
 * With `readAt` (ms, the server's clock when the page's loader started reading: a page that reloads its data
 * from notices), the socket keeps that data caught up: the first connection's `hello` reloads it when the room
 * announced a change since (`changedSince`: a notice sent between the loader and the socket, which no frame
 * repeats), and every later one (a reconnect: notices sent while offline are not replayed) reloads it.
 */
export function useLiveSocket<F>(target: LiveTarget, read: FrameReader<F>, handlers: LiveHandlers<F>, readAt?: number) {
  const { revalidate } = useRevalidator();
  // What the socket's callbacks read: this render's (the socket outlives renders).
  const latest = useRef({ target, read, handlers, readAt, revalidate });
  useEffect(() => {
    latest.current = { target, read, handlers, readAt, revalidate };
  });
  const socket = useRef<LiveSocket | null>(null);
  // A new target (its kind and id) closes the old socket and opens another.
  const key = Object.values(target).join(":");
  useEffect(() => {
    let hellos = 0;
    const opened = openLiveSocket(latest.current.target, latest.current.read, {
      onOpen: () => latest.current.handlers.onOpen?.(),
      onClose: () => latest.current.handlers.onClose?.(),
      onFrame: (frame) => latest.current.handlers.onFrame(frame),
      onHello: (changedAt) => {
        const { readAt: since, revalidate: reload } = latest.current;
        if (since !== undefined && (hellos++ > 0 || changedSince(since, changedAt))) void reload();
      },
    });
    socket.current = opened;
    return () => {
      opened.close();
      socket.current = null;
    };
  }, [key]);
  return useCallback((text: string) => socket.current?.send(text), []);
}
