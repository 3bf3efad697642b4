// Types for scripts/seed.mjs, so TypeScript callers (the browser suite's demo spec) can use it.

export const DEMO_PASSWORD: string;

/** The demo accounts; `login` is set on those `npm start` prints, `locale` on those with a chosen language. */
export const DEMO_USERS: {
  key: string;
  id: string;
  email: string;
  name: string;
  type: "landlord" | "renter";
  role: "owner" | "manager" | null;
  locale?: string;
  login?: string;
}[];

/** Runs `sql` (default: the demo org, its owner, manager and renters as rows) with wrangler (`extraArgs`: --persist-to, -c). */
export function seedLocal(extraArgs?: string[], sql?: string): void;
