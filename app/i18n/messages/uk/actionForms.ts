import type { Messages } from "../shape";

export const actionForms: Messages["actionForms"] = {
  lease: {
    renterEmail: "Введіть адресу електронної пошти орендаря",
    startDate: "Введіть дату початку оренди",
    dueDayRequired: "Введіть день сплати оренди",
    dueDayMax: "Щонайбільше 31 (останній день кожного місяця)",
    rentRequired: "Введіть суму, наприклад 850,00",
    coRenterEmail: "Введіть дійсну адресу електронної пошти",
    endDate: "Введіть останній день оренди",
  },
  rent: {
    amountRequired: "Введіть суму, наприклад 25,00",
    reason: "Укажіть причину",
  },
  room: {
    description: "Опишіть, що сталося",
    amount: "Введіть суму, наприклад 850,00",
    period: "Виберіть місяць",
    reasonRequired: "Укажіть причину",
    reasonShort: "Щонайменше 3 символи",
    unknownAction: "Невідома дія",
    receivedOn: "Виберіть дату, не пізнішу за сьогодні",
  },
};
