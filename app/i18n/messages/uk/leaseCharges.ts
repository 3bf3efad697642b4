import type { Messages } from "../shape";

export const leaseCharges: Messages["leaseCharges"] = {
  open: "Змінити комунальні платежі",
  formLabel: "Щомісячні комунальні платежі за договором",
  amount: "Комунальні платежі на місяць ({currency})",
  hint: "Діють з наступного нарахування орендної плати; уже внесені записи не змінюються.",
  submit: "Зберегти платежі",
  saved: "Платежі оновлено: {amount} на місяць з наступної орендної плати.",
};
