import { useCallback, useEffect, useRef } from "react";
import type { FrameOf, LiveHandlers, LiveSocket, LiveTarget } from "../lib/live-target";

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
 * A page's socket to a live room, opened when the page mounts and closed when it unmounts (or the target
 * changes). The socket's code (app/lib/live-socket.ts: partysocket, the frames' checks, the ticket client)
 * loads then, in its own chunk, not with the page (issue 17 §5). The latest `handlers` are called on
 * open, close and each checked frame. Returns `send(text)`: text sent before the socket's module has loaded
 * waits for it (the socket itself queues what is sent while it reconnects).
 */
export function useLiveSocket<T extends LiveTarget>(target: T, handlers: LiveHandlers<FrameOf<T>>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const socket = useRef<LiveSocket | null>(null);
  const waiting = useRef<string[]>([]);
  const key = keyOf(target);
  const targetRef = useRef(target);
  useEffect(() => {
    targetRef.current = target;
  });
  useEffect(() => {
    let gone = false;
    let opened: LiveSocket | null = null;
    void import("../lib/live-socket").then(
      ({ openLiveSocket }) => {
        if (gone) return;
        opened = openLiveSocket(targetRef.current, {
          onOpen: () => latest.current.onOpen?.(),
          onClose: () => latest.current.onClose?.(),
          onFrame: (frame) => latest.current.onFrame(frame),
        });
        socket.current = opened;
        for (const text of waiting.current.splice(0)) opened.send(text);
      },
      (error: unknown) => {
        // The chunk would not load (offline, or a deploy replaced it): the page works from its loader data.
        console.warn("live room unavailable", error);
      },
    );
    return () => {
      gone = true;
      opened?.close();
      socket.current = null;
    };
  }, [key]);
  return useCallback((text: string) => {
    if (socket.current) socket.current.send(text);
    else waiting.current.push(text);
  }, []);
}
