import type { Locale } from "../../../worker/lib/i18n/locales";
import { isolateArguments } from "../isolate-arguments";
import type { Messages } from "./shape";

/**
 * One language's UI catalogue, loaded on demand: the browser downloads only the language it shows (each
 * is its own chunk). The server imports them all through `./all.server.ts`. Right-to-left catalogues come
 * with their arguments isolated (../isolate-arguments.ts), the same on both sides. The client build replaces
 * each catalogue module with its precompiled messages, already isolated (vite.config.ts
 * `precompiledMessages`); the dev server serves them as written and isolates here.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "en":
      return (await import("./en")).en;
    case "uk":
      return (await import("./uk")).uk;
    case "he": {
      const { he } = await import("./he");
      return import.meta.env.DEV ? isolateArguments(he) : he;
    }
    case "fr":
      return (await import("./fr")).fr;
  }
}
