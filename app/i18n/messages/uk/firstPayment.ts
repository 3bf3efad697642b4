import type { Messages } from "../shape";

/** The first payment of a confirmed application (the card on the application and the home). */
export const firstPayment: Messages["firstPayment"] = {
  title: "Що сплатити, щоб заселитися",
  how: "Як сплатити",
  byWhen: "Сплатити до",
  online: "Онлайн карткою кнопкою нижче або банківським переказом.",
  transfer: "Банківським переказом на цей рахунок із призначенням платежу, щоб орендодавець його впізнав:",
  intro:
    "Вашу заявку прийнято. Сплатіть цю суму до {date}, щоб закріпити житло: орендодавець підтвердить після отримання.",
  rentMonth: "Оренда за {month}",
  rentProrated: "Оренда за {month}, {days} з {total} днів",
  charges: "Щомісячні комунальні платежі",
  chargesProrated: "Комунальні платежі, ті самі дні",
  deposit: "Гарантійний депозит",
  total: "Разом до сплати",
  noBank: "Орендодавець ще не вказав банківські реквізити: попросіть їх у розмові нижче.",
  landlordIntro: "Запитано в кандидата після схвалення, до сплати до {date}: ви підтверджуєте після отримання.",
  payTotal: "Сплатити {amount} онлайн (перша оренда і застава)",
};
