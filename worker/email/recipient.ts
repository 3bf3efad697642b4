import { eq } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { recipientLocale, type Locale } from "../lib/i18n/locales";
import { orgs } from "../orgs/schema";

/**
 * The language to write to `to` in (issue 13: each email in its recipient's language): the account's own
 * language when the address has an account that chose one, else the language of the org the email is about
 * (`orgId`: an invitation to someone without an account speaks the inviting org's language), else French.
 * One D1 round trip. Addresses are stored lower-case (auth contract).
 */
export async function languageOfRecipient(db: Db, to: string, orgId: string | null): Promise<Locale> {
  const [[user], [org]] = await db.batch([
    db.select({ locale: users.locale }).from(users).where(eq(users.email, to.toLowerCase())),
    db
      .select({ locale: orgs.locale })
      .from(orgs)
      .where(eq(orgs.id, orgId ?? "")),
  ]);
  return recipientLocale(user?.locale, org?.locale);
}
