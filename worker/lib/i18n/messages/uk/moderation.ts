import type { ServerMessages } from "../shape";

/** Emails about platform moderation (worker/email/moderation.ts), in Ukrainian. */
export const moderation: ServerMessages["moderation"] = {
  takenDown: {
    subject: "Ваше оголошення «{title}» знято з публікації",
    body: "Команда Rentline зняла ваше оголошення «{title}»: воно більше не з’являється в пошуку, а його публічна сторінка недоступна.",
    reason: "Причина: {reason}",
    next: "Ви не можете опублікувати його знову. Якщо вважаєте це помилкою, дайте відповідь на цей лист.",
  },
  restored: {
    subject: "Ваше оголошення «{title}» відновлено",
    body: "Команда Rentline відновила ваше оголошення «{title}» у тому стані, у якому воно було.",
    reason: "Причина: {reason}",
  },
  action: "Мої оголошення",
};
