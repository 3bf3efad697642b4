import type { Locale } from "../../../worker/lib/i18n/locales";
import type { Messages } from "./shape";

/**
 * One language's UI catalogue, loaded on demand: the browser downloads only the language it shows (each
 * is its own chunk). The server imports them all through `./all.server.ts`. Right-to-left catalogues come
 * with their arguments isolated (../isolate-arguments.ts), the same on both sides: Vite hands the browser
 * each catalogue module already isolated, and compiled in the build (vite.config.ts `browserCatalogues`).
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "en":
      return (await import("./en")).en;
    case "uk":
      return (await import("./uk")).uk;
    case "he":
      return (await import("./he")).he;
    case "fr":
      return (await import("./fr")).fr;
  }
}
