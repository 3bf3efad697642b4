/**
 * The product's shared vocabulary as types (docs/glossary.md defines each word). Feature folders and the UI
 * import these instead of restating the unions.
 */

/** Which side of a rental someone acts on: the org's people (landlord) or the people who rent (renter). */
export const SIDES = ["landlord", "renter"] as const;
export type Side = (typeof SIDES)[number];

/** Roles inside an org. A renter is never a member: they reach an apartment through a lease or an application. */
export const ROLES = ["owner", "manager", "maintenance"] as const;
export type Role = (typeof ROLES)[number];
