import type { Locale } from "../locales";
import { en } from "./en";
import { fr } from "./fr";
import { he } from "./he";
import type { ServerMessages } from "./shape";
import { uk } from "./uk";

export type { ServerMessages } from "./shape";

/** Every language's server-side messages (emails, PDFs, API problem sentences, form validation). */
export const SERVER_MESSAGES: Record<Locale, ServerMessages> = { fr, en, uk, he };
