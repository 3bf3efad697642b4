import type { ServerFrame } from "../../durable-objects/apartment-room.protocol";
import type { OrgFrame } from "../../durable-objects/org-room.protocol";
import type { RoomKind } from "./room";

/** A live room a page listens to: an apartment's or an application's (frames of the apartment room), an org's dashboard channel. */
export type LiveTarget = RoomKind | { kind: "org"; orgId: string };

/** The frames a target's room sends: the org channel's one frame, the apartment room's frames. */
export type FrameOf<T extends LiveTarget> = T extends { kind: "org" } ? OrgFrame : ServerFrame;

/** What a page does with its socket's events; `onFrame` gets checked frames only. */
export type LiveHandlers<F> = { onOpen?: () => void; onClose?: () => void; onFrame: (frame: F) => void };

/** An open socket: `send` queues while it (re)connects; `close` stops it for good. */
export type LiveSocket = { send: (text: string) => void; close: () => void };
