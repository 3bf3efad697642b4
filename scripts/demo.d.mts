// Types for scripts/demo.mjs, so TypeScript callers (the browser suite's demo spec) can use it.

/** A signed-in demo person: bearer token, user id, name, email, and the demo org's id for staff. */
export type DemoSession = { token: string; userId: string; name: string; email: string; orgId: string | undefined };

/**
 * Seeds the demo through the API of the worker at `url` (accounts and org first: scripts/seed.mjs `seedLocal`).
 * Idempotent. `ms`: how long it took, `phases` per phase (signIn, portfolio, leases, listings; ms); `people` by key (owner, manager, renter, applicant, noa, julien, camille,
 * hugo); `apartments`: ids by unit (1A, 1B, 2A, 3A, 3B); `listings`: ids (studio, flat, draft).
 */
export function seedDemo(url: string): Promise<{
  ms: number;
  phases: Record<string, number>;
  people: Record<string, DemoSession>;
  apartments: Record<string, string>;
  listings: Record<string, string>;
}>;
