import { useCallback, useEffect, useRef } from "react";
import {
  type FrameReader,
  type LiveHandlers,
  type LiveSocket,
  type LiveTarget,
  openLiveSocket,
} from "../lib/live-socket";

/** The key a target's socket is kept under: a new key closes the old socket and opens another. */
function keyOf(target: LiveTarget): string {
  switch (target.kind) {
    case "apartment":
      return `apartment:${target.apartmentId}`;
    case "application":
      return `application:${target.applicationId}`;
    case "org":
      return `org:${target.orgId}`;
  }
}

/**
 * A page's socket to a live room (app/lib/live-socket.ts), opened when the page mounts (after hydration: a
 * socket cannot open on the server) and closed when it unmounts or the target changes. The latest
 * `handlers` are called on open, close and each frame `read` accepts. Returns `send(text)` (the socket queues what is
 * sent while it reconnects).
 */
export function useLiveSocket<F>(target: LiveTarget, read: FrameReader<F>, handlers: LiveHandlers<F>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const socket = useRef<LiveSocket | null>(null);
  const key = keyOf(target);
  const targetRef = useRef(target);
  const readRef = useRef(read);
  useEffect(() => {
    targetRef.current = target;
    readRef.current = read;
  });
  useEffect(() => {
    const opened = openLiveSocket(targetRef.current, readRef.current, {
      onOpen: () => latest.current.onOpen?.(),
      onClose: () => latest.current.onClose?.(),
      onFrame: (frame) => latest.current.onFrame(frame),
    });
    socket.current = opened;
    return () => {
      opened.close();
      socket.current = null;
    };
  }, [key]);
  return useCallback((text: string) => socket.current?.send(text), []);
}
