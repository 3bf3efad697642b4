import type { Messages } from "../shape";

export const leases: Messages["leases"] = {
  title: "Орендарі та договори",
  none: "Договорів оренди ще немає.",
  period: "З {start} по {end}",
  openEnded: "З {start}, безстроково",
  dueDay: "оплата {day, plural, =31 {в останній день} other {#-го числа}} місяця",
  invited: "{name} (запрошено)",
  status: {
    upcoming: "Майбутній",
    current: "Чинний",
    ended: "Завершений",
    cancelled: "Скасований",
  },
  coRenter: {
    formLabel: "Додати співорендаря до договору з {start}",
    email: "Ел. пошта співорендаря",
    submit: "Запросити співорендаря",
  },
  invitationSent: "Запрошення надіслано.",
  add: {
    formLabel: "Додати орендаря",
    renterEmail: "Ел. пошта орендаря",
    startDate: "Початок оренди",
    endDate: "Кінець оренди (необов’язково)",
    dueDay: "День оплати (31 — останній день кожного місяця)",
    rent: "Орендна плата без комунальних ({currency})",
    deposit: "Гарантійний депозит (необов’язково)",
    firstMonth: "Перший місяць разом із комунальними (необов’язково; інакше пропорційно дням)",
    lastMonth: "Останній місяць разом із комунальними (необов’язково; інакше пропорційно дням)",
    submit: "Додати орендаря",
    charges: "Щомісячні комунальні платежі: аванс або фіксована сума ({currency}, необов’язково)",
  },
  rentAndCharges: "{total} на місяць ({rent} орендна плата + {charges} комунальні платежі)",
  cancelledOn: "Мав розпочатися {start}; скасований {date}",
  cancelledAgreed: "Узгоджено з {start} по {end}; скасований {date}",
};
