// Types for scripts/subset-fonts.mjs, so TypeScript callers (the Vitest config) can build the PDF fonts.

/** public/fonts/ */
export const FONTS_DIR: string;

/**
 * Builds the PDF fonts into public/fonts/ unless they are already built from the same sources.
 * `built` tells whether anything was written; `faces` and `bytes` describe what was.
 */
export function buildFonts(options?: { force?: boolean }): Promise<{ built: boolean; faces?: number; bytes?: number }>;
