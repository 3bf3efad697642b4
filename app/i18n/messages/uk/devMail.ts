import type { Messages } from "../shape";

export const devMail: Messages["devMail"] = {
  pageTitle: "Поштова скринька розробника",
  intro: "Усі листи, які Rentline надіслав на цьому комп’ютері, від найновіших. У робочій версії цієї сторінки немає.",
  recipient: "Одержувач",
  filter: "Фільтрувати",
  showAll: "Показати всі",
  emptyTitle: "Листів поки немає",
  emptyBody: "Зареєструйтеся, попросіть скинути пароль або запросіть когось — і лист з’явиться тут.",
  to: "Кому: {to}",
  placeholder: "imia@pryklad.ua",
};
