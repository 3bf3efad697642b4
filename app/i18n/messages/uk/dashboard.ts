import type { Messages } from "../shape";

export const dashboard: Messages["dashboard"] = {
  title: "Панель керування",
  heading: "Об’єкти",
  subtitle:
    "{org} · {count, plural, =0 {немає об’єктів} one {# об’єкт} few {# об’єкти} many {# об’єктів} other {# об’єкта}}",
  place: "{postalCode} {city}, {country}",
  addProperty: "Додати об’єкт",
  emptyPage: "На цій сторінці нічого немає",
  empty: "Об’єктів поки немає",
  firstPage: "Повернутися на першу сторінку",
  emptyEditor: "Додайте свій перший будинок, а потім квартири в ньому.",
  emptyViewer: "Щойно власник або менеджер додасть об’єкти, вони з’являться тут.",
  unread: "{count, plural, one {# непрочитане} few {# непрочитані} many {# непрочитаних} other {# непрочитаного}}",
  pages: "Сторінки об’єктів",
};
