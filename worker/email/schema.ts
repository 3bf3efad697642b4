import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The local dev mailbox: what the dev transport "sent". Never written in production. */
export const devMail = sqliteTable(
  "dev_mail",
  {
    id: text("id").primaryKey(),
    to: text("to_address").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    template: text("template").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("dev_mail_to_idx").on(t.to, t.createdAt)],
);
