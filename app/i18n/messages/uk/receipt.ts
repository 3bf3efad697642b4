import type { Messages } from "../shape";

export const receipt: Messages["receipt"] = {
  preparingTitle: "Готуємо вашу квитанцію",
  preparing: "Готуємо квитанцію про сплату оренди за {period}… сторінка перезавантажиться сама.",
  missing: "Квитанції немає",
  refusedTitle: "Цю квитанцію ще не можна видати",
  identityHint:
    "Квитанція називає орендодавця: власник організації вказує юридичну назву та зареєстровану адресу в Налаштуваннях.",
};
