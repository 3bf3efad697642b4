import type { Messages } from "../shape";

export const room: Messages["room"] = {
  activity: "Активність",
  missed:
    "Поки ви були офлайн, {count, plural, one {надійшло # оновлення} few {надійшло # оновлення} many {надійшло # оновлень} other {надійшло # оновлення}}.",
  dismiss: "Сховати",
  ended: "Цей договір оренди завершено: історію можна переглядати, але публікувати вже не можна.",
  feed: "Стрічка активності",
  emptyFeed: "Поки нічого. Тут з’являтимуться платежі, нотатки й підтвердження для обох сторін.",
  status: {
    live: "Наживо",
    connecting: "Підключення…",
    offline: "Офлайн — перепідключення",
    revoked: "Відключено",
  },
  chat: {
    title: "Чат",
    online: "Онлайн: {names}",
    nobody: "Більше нікого немає онлайн",
    revoked: "Відключено: {reason}. Увійдіть знову, щоб продовжити.",
    revokedDefault: "ваш доступ до цієї кімнати закінчився",
    someone: "Хтось",
    typing:
      "{count, plural, one {{names} друкує…} few {{names} друкують…} many {{names} друкують…} other {{names} друкують…}}",
    messages: "Повідомлення чату",
    older: "Завантажити старіші повідомлення",
    you: "Ви",
    label: "Повідомлення",
    connecting: "Підключення…",
    placeholder: "Напишіть повідомлення",
    send: "Надіслати",
    timeZone: "Час указано за поясом {zone}",
  },
};
