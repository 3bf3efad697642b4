import type { Messages } from "../shape";

export const documentsPanel: Messages["documentsPanel"] = {
  title: "Документи",
  none: "Договору оренди поки немає.",
  signedOn: "підписано {date}",
  createdOn: "створено {date}",
  status: {
    draft: "Чернетка",
    rendering: "Створення…",
    ready: "Готово",
    out_for_signature: "На підписанні",
    signed: "Підписано",
    failed: "Помилка",
    published: "Опубліковано",
    closed: "Закрито",
  },
  needsLease: "Для договору потрібна чинна оренда, до якої вже приєднався орендар.",
  newAgreement: "Новий договір",
  lease: "Оренда",
  leaseOption: "{start} → {end}",
  openEnded: "безстроково",
  template: "Шаблон",
  templateOption: "{title} ({language})",
  templateFr: "FR",
  templateEn: "EN",
};
