import type { Messages } from "../shape";

export const receipt: Messages["receipt"] = {
  preparingTitle: "Готуємо вашу квитанцію",
  preparing: "Готуємо квитанцію про сплату оренди за {period}… сторінка перезавантажиться сама.",
  missing: "Квитанції немає",
};
