import type { Messages } from "../shape";

/** An agreement's or a listing's status, as its badge says it (app/components/status-badge.tsx). */
export const statusBadge: Messages["statusBadge"] = {
  draft: "Чернетка",
  rendering: "Створення…",
  ready: "Готово",
  out_for_signature: "На підписанні",
  signed: "Підписано",
  failed: "Помилка",
  published: "Опубліковано",
  closed: "Закрито",
  taken_down: "Знято Rentline",
};
