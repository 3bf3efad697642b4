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
  listing: {
    title: "Оголошення",
    none: "Для цієї квартири немає оголошення.",
    publish: "Опублікувати оголошення",
    status: { draft: "Чернетка, ще не опубліковано", published: "Опубліковано", taken_down: "Знято Rentline" },
    available: "Доступно з {date}",
    applications:
      "{count, plural, =0 {Немає заявок, що очікують} one {# заявка очікує} few {# заявки очікують} many {# заявок очікують} other {# заявки очікують}}",
    review: "Переглянути заявки",
  },
};
