import type { Messages } from "../shape";

export const homes: Messages["homes"] = {
  pageTitle: "Мої помешкання",
  subtitle: "Житло, яке ви винаймаєте через Rentline.",
  emptyTitle: "Помешкань поки немає",
  emptyBody: "Коли орендодавець додасть вас до договору оренди, житло з’явиться тут.",
  address: "{address}, кв. {unit}",
  tabs: {
    label: "Розділи житла",
    rent: "Оренда",
    chat: "Чат",
    documents: "Документи",
    lease: "Договір",
  },
  noRent: "Наразі немає орендної плати для відстеження.",
  status: {
    current: "Чинний",
    upcoming: "Майбутній",
    ended: "Завершений",
    cancelled: "Скасований",
  },
  rent: "{amount} на місяць разом із комунальними, {due}",
  dueOn: "сплата до {day}-го числа",
  dueLast: "сплата в останній день місяця",
  endedOn: "завершено {date}",
  startsOn: "починається {date}",
  since: "з {date}",
  unread:
    "{count, plural, one {# непрочитане повідомлення} few {# непрочитані повідомлення} many {# непрочитаних повідомлень} other {# непрочитаного повідомлення}}",
  myHome: "Моє помешкання",
  rentLine: "Орендна плата {amount}, {due}",
  leaseFromTo: "договір з {start} до {end}",
  leaseFrom: "договір з {start}, безстроковий",
  card: {
    due: "До сплати {amount}",
    upToDate: "Усе сплачено",
    credit: "Переплата {amount}",
    nextDue: "Наступна оплата {date}",
    pay: "Сплатити {amount}",
    paidByTransfer: "Я сплатив(-ла) переказом",
    receipts: "Мої квитанції",
  },
  awaiting: {
    title: "Заявку прийнято",
    where: "{city} · {org} · заселення {date}",
    body: "Залишився один крок: перший платіж (перша оренда та застава) укладає договір оренди.",
    action: "Моя заявка й оплата",
  },
  repairs: {
    report: "Повідомити про проблему",
    all: "Усі мої заявки",
  },
};
