import type { Messages } from "../shape";

export const feed: Messages["feed"] = {
  byline: "{author} ({side, select, landlord {орендодавець} renter {орендар} other {—}}) · {time}",
  forPeriod: "за {period}",
  status: {
    pending: "{side, select, landlord {Очікує підтвердження орендодавця} other {Очікує підтвердження орендаря}}",
    confirmed: "Підтвердив(-ла) {name} {time}",
    rejected: "Відхилив(-ла) {name}: {reason}",
  },
  confirm: "Підтвердити",
  rejectOpen: "Відхилити…",
  reason: "Причина",
  reject: "Відхилити",
  post: {
    renterLabel: "Що сталося (наприклад, оплату за травень надіслано)",
    landlordLabel: "Нотатка або отриманий платіж",
    amount: "Сума ({currency}, необов’язково)",
    period: "Місяць (необов’язково)",
    askRenter: "Попросити орендаря підтвердити",
    renterSubmit: "Опублікувати у стрічці",
    landlordSubmit: "Опублікувати",
  },
};
