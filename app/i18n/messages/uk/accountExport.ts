import type { Messages } from "../shape";

/** Розділ «Ваші дані» сторінки облікового запису (app/components/data-export-card.tsx), українською. */
export const accountExport: Messages["accountExport"] = {
  title: "Ваші дані",
  description:
    "Завантажте копію всього, що Rentline зберігає про вас (GDPR, статті 15 і 20): ZIP-архів файлів JSON і ваших документів. Він готується у фоновому режимі; ви отримаєте лист із посиланням, дійсним 7 днів. Один запит на добу.",
  request: "Завантажити мої дані",
  inProgress: "Архів готується: ви отримаєте лист.",
  listLabel: "Ваші запити на експорт",
  requestedAt: "Запитано {date}",
  status: {
    requested: "Очікує",
    building: "Готується",
    ready: "Готово",
    failed: "Помилка",
  },
  validUntil: "Посилання дійсне до {date}",
  expired: "Термін дії посилання минув",
  failed: "Не вдалося підготувати архів. Можна запитати ще раз.",
  download: "Завантажити",
  requested: "Запит прийнято: ви отримаєте лист, коли архів буде готовий.",
};
