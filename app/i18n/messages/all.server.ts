import type { Locale } from "../../../worker/lib/i18n/locales";
import { isolateArguments } from "../isolate-arguments";
import { en } from "./en";
import { fr } from "./fr";
import { he } from "./he";
import type { Messages } from "./shape";
import { uk } from "./uk";

/**
 * Every language's UI catalogue, for server rendering (the Worker bundle holds them all); Hebrew's with its
 * arguments isolated (../isolate-arguments.ts), as the browser loads it.
 */
export const ALL_MESSAGES: Record<Locale, Messages> = { fr, en, uk, he: isolateArguments(he) };
