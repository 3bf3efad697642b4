import type { Locale } from "../../../worker/lib/i18n/locales";
import { en } from "./en";
import { fr } from "./fr";
import { he } from "./he";
import type { Messages } from "./shape";
import { uk } from "./uk";

/** Every language's UI catalogue, for server rendering (the Worker bundle holds them all). */
export const ALL_MESSAGES: Record<Locale, Messages> = { fr, en, uk, he };
