import type { Messages } from "../shape";

export const apartmentTabs: Messages["apartmentTabs"] = {
  label: "Розділи квартири",
  overview: "Огляд",
  leases: "Договори оренди",
  chat: "Чат",
  documents: "Документи",
  maintenance: "Обслуговування",
  noLease: "Немає чинного договору: поки що немає орендної плати для відстеження.",
  addRenterLink: "Додати орендаря",
  maintenanceTitle: "Заявки на ремонт",
  newRequest: "Нова заявка",
  noRequests: "Для цієї квартири немає заявок на ремонт.",
  openedOn: "Повідомлено {date}",
  chatNote: "Додати нотатку або суму",
};
