import { z } from "zod";
import { LOCALES } from "./i18n/locales";

/**
 * What a verified access token says about its bearer: the user (`sub`), the session (`sid`, a refresh-token
 * family), the ids of the orgs the user belonged to when the token was signed, and the language on their
 * account (`lng`, absent when they never chose one): pages follow it when the browser has no `rl_lang` cookie. Lives in lib/ because the
 * request context carries it; auth/tokens.ts signs and verifies it.
 */
export const accessClaims = z.object({
  sub: z.string(),
  sid: z.string(),
  orgs: z.array(z.string()),
  lng: z.enum(LOCALES).optional(),
});
export type AccessClaims = z.infer<typeof accessClaims>;
