import { z } from "zod";

/**
 * What a verified access token says about its bearer: the user (`sub`), the session (`sid`, a refresh-token
 * family) and the ids of the orgs the user belonged to when the token was signed. Lives in lib/ because the
 * request context carries it; auth/tokens.ts signs and verifies it.
 */
export const accessClaims = z.object({
  sub: z.string(),
  sid: z.string(),
  orgs: z.array(z.string()),
});
export type AccessClaims = z.infer<typeof accessClaims>;
