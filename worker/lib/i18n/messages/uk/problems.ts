import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  invalid_iban: "Цей IBAN недійсний: перевірте його цифра за цифрою (наприклад, FR76 3000 6000 0112 3456 7890 189).",
  invalid_bic: "Цей BIC недійсний: він має 8 або 11 символів, наприклад AGRIFRPP.",
  invalid_siret: "Цей номер SIRET недійсний: він складається з 14 цифр, включно з контрольною.",
  invalid_postcode: "Французький поштовий індекс складається з 5 цифр.",
  invalid_country: "Виберіть країну зі списку.",
  invalid_currency: "Виберіть валюту зі списку.",
  invalid_timezone: "Виберіть часовий пояс зі списку.",
  org_identity_missing:
    "Квитанцію про оплату оренди поки що неможливо видати: не вказано юридичну назву та адресу орендодавця.",
};
