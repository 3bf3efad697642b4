import type { Messages } from "../shape";

export const rent: Messages["rent"] = {
  title: "Орендна плата",
  subtitle: "Очікувано та отримано за {month}",
  month: "Місяць",
  show: "Показати",
  emptyTitle: "Поки що немає нарахувань",
  emptyBody: "Орендна плата з’явиться тут, щойно за договорами буде нараховано перші платежі.",
  expected: "Очікується · {currency}",
  collected: "Отримано",
  collectedShare: "Отримано {rate, number, percent}",
  overdue: "Прострочено",
  nothingOverdue: "Прострочених платежів немає.",
  unit: "{property}, квартира {unit}",
  late: "{amount} · {days, plural, one {# день прострочення} few {# дні прострочення} many {# днів прострочення} other {# дня прострочення}}",
  history: "Останні 12 місяців · {currency}",
};
