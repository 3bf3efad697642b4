import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { nowIso } from "../lib/time";
import type { ProfileInput } from "./contract";
import { renterProfiles } from "./schema";

/** The renter's profile (global: one renter, several orgs). Zero or one row. */
export function profileQuery(db: Db, userId: string) {
  return db.select().from(renterProfiles).where(eq(renterProfiles.userId, userId));
}

/** Creates or replaces the profile; fields left out of `input` keep their stored values. Answers the row. */
export async function saveProfile(db: Db, userId: string, input: ProfileInput) {
  const row = { userId, ...input, updatedAt: nowIso() };
  const [saved] = await db
    .insert(renterProfiles)
    .values(row)
    .onConflictDoUpdate({ target: renterProfiles.userId, set: { ...input, updatedAt: row.updatedAt } })
    .returning();
  return saved!;
}

/** The profile as the API shows it (without the user id). */
export function showProfile(row: typeof renterProfiles.$inferSelect) {
  const { userId: _, ...shown } = row;
  return shown;
}
