import type { Messages } from "../shape";

export const room: Messages["room"] = {
  activity: "Activity",
  missed: "{count, plural, one {# update arrived} other {# updates arrived}} while you were offline.",
  dismiss: "Dismiss",
  ended: "This lease has ended: the history stays readable, posting is closed.",
  feed: "Activity feed",
  emptyFeed: "Nothing yet. Payments, notes and confirmations appear here for both sides.",
  status: {
    live: "Live",
    connecting: "Connecting…",
    offline: "Offline — reconnecting",
    revoked: "Disconnected",
  },
  chat: {
    title: "Chat",
    online: "Online: {names}",
    nobody: "Nobody else is online",
    revoked: "Disconnected: {reason}. Sign in again to continue.",
    revokedDefault: "your access to this room ended",
    someone: "Someone",
    typing: "{count, plural, one {{names} is typing…} other {{names} are typing…}}",
    messages: "Chat messages",
    older: "Load older messages",
    you: "You",
    label: "Message",
    connecting: "Connecting…",
    placeholder: "Write a message",
    send: "Send",
    timeZone: "Times shown: {zone}",
  },
};
