import type { Messages } from "../shape";

export const audit: Messages["audit"] = {
  title: "Журнал дій",
  subtitle: "Кожна зміна в {name}: хто, що, коли. Лише для власників.",
  total: "{count, plural, =0 {Немає записів} one {# запис} few {# записи} many {# записів} other {# запису}}",
  empty: "Змін ще не зареєстровано.",
  emptyFiltered: "Жоден запис не відповідає цим фільтрам.",
  system: "Rentline (автоматично)",
  vendor: "{name} (підрядник)",
  object: "Об’єкт:",
  org: "Організація:",
  details: "Подробиці",
  csv: "Завантажити CSV",
  verb: { created: "створив(-ла)", set: "встановив(-ла)", changed: "змінив(-ла)", deleted: "видалив(-ла)" },
  filters: {
    title: "Фільтри",
    person: "Особа",
    anyone: "Усі",
    action: "Дія",
    anyAction: "Усі дії",
    object: "Об’єкт (ідентифікатор)",
    objectHint: "Виберіть об’єкт у списку, щоб знайти його тут.",
    from: "З",
    to: "По",
    apply: "Фільтрувати",
    reset: "Скинути",
  },
};
