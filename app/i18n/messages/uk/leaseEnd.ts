import type { Messages } from "../shape";

export const leaseEnd: Messages["leaseEnd"] = {
  formLabel: "Дата виїзду за договором від {date}",
  moveOut: "Дата виїзду (останній день)",
  setMoveOut: "Установити дату виїзду",
  cancel: "Скасувати цей договір",
  leave: "Вийти з цього договору",
  open: "Завершити договір",
};
