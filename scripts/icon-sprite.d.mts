// Types for scripts/icon-sprite.mjs, so TypeScript callers (the sprite's unit test) can draw the sprite.

/** The sprite's text: one `<symbol>` per name of app/components/ui/icon-names.ts, as lucide-react draws it. */
export function spriteText(): string;
