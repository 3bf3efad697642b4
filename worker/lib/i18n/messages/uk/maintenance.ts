import type { ServerMessages } from "../shape";

export const maintenance: ServerMessages["maintenance"] = {
  subject: {
    reported: "Нова заявка на ремонт: {title}",
    triaged: "Заявку прийнято: {title}",
    scheduled: "Візит заплановано: {title}",
    in_progress: "Роботи розпочато: {title}",
    resolved: "Роботи завершено: {title}",
    closed: "Заявку закрито: {title}",
    cancelled: "Заявку скасовано: {title}",
    reopened: "Заявку відкрито знову: {title}",
    comment: "Нове повідомлення: {title}",
    assigned: "Нове робоче завдання: {title}",
    escalated: "Без відповіді: {title}",
  },
  body: {
    reported: "{actorName} повідомив(-ла) про проблему: {address}.",
    triaged: "{actorName} прийняв(-ла) заявку щодо {address}.",
    scheduled: "Заплановано візит: {address}.",
    in_progress: "{actorName} розпочав(-ла) роботи: {address}.",
    resolved:
      "{actorName} повідомляє, що проблему усунено: {address}. Ви можете оцінити роботу або відкрити заявку знову протягом 14 днів, якщо проблема лишилася.",
    closed: "Заявку закрито: {address}.",
    cancelled: "{actorName} скасував(-ла) заявку: {address}.",
    reopened: "{actorName} знову відкрив(-ла) заявку: {address}.",
    comment: "{actorName} написав(-ла) щодо заявки: {address}.",
    assigned: "{actorName} доручив(-ла) вам роботу: {address}.",
    escalated: "Цю заявку не прийняли в строк, який вимагає її терміновість: {address}.",
  },
  urgency: { low: "низька", normal: "звичайна", urgent: "термінова", emergency: "аварійна" },
  urgencyLine: "Терміновість: {urgency}",
  visit: "Візит {date}, між {from} і {to} ({timezone}).",
  note: "Повідомлення: «{note}»",
  open: "Відкрити заявку",
  vendorOpen: "Відкрити сторінку робіт",
  vendorIntro: "Це особисте посилання діє 30 днів; обліковий запис не потрібен, щоб додавати новини й фото.",
};
