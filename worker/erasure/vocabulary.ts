/**
 * The name an erased account shows wherever a record keeps its author (pages word it per language). Its own
 * module, without zod, because the browser imports it (app/i18n/person-name.ts, issue 17 §5).
 */
export const ERASED_USER_NAME = "Former user";
