/**
 * Every icon the app draws, by lucide's name (https://lucide.dev names, kebab-case). scripts/icon-sprite.mjs
 * draws each from lucide-react into ./icons.svg (one `<symbol>` per name): a page's JavaScript then carries
 * the name only, and the drawings come once, in a cached file (issue 17 §5). Add a name here, run
 * `npm run icons`, and use it as `<Icon name="…" />` (./icon.tsx); a test fails while the sprite is stale.
 */
export const ICON_NAMES = [
  "arrow-left",
  "arrow-left-right",
  "arrow-right",
  "calendar-clock",
  "camera",
  "chart-pie",
  "check",
  "chevron-down",
  "chevron-left",
  "chevron-right",
  "circle-check",
  "circle-off",
  "circle-user",
  "clipboard-check",
  "clipboard-list",
  "coins",
  "door-open",
  "ellipsis",
  "file-text",
  "file-user",
  "folder-open",
  "hammer",
  "history",
  "hourglass",
  "house",
  "id-card",
  "image-plus",
  "key-round",
  "layout-dashboard",
  "loader-circle",
  "log-out",
  "map-pin",
  "megaphone",
  "message-circle",
  "paperclip",
  "pencil",
  "phone",
  "plus",
  "search",
  "settings",
  "shield-check",
  "sliders-horizontal",
  "star",
  "user-round",
  "users",
  "wallet",
  "wrench",
  "x",
] as const;

/** An icon's name in the sprite. */
export type IconName = (typeof ICON_NAMES)[number];
