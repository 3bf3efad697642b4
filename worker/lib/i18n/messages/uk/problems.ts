import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  rent_revision_not_applicable:
    "Перегляд орендної плати за індексом IRL стосується лише договорів оренди житла у Франції.",
  rent_revision_no_clause: "Цей договір не містить пункту про перегляд орендної плати.",
  rent_revision_not_due: "Орендну плату можна переглянути лише з першої річниці договору.",
  rent_revision_done: "Перегляд цього року вже підтверджено.",
  rent_revision_stale: "Запропонований перегляд тим часом змінився: оновіть сторінку й підтвердьте ще раз.",
  rent_index_missing: "Індекс орендної плати за потрібний квартал ще не внесено.",
  no_rent_revision: "Для цього договору ще немає підтвердженого перегляду орендної плати.",
};
