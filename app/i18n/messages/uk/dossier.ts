import type { Messages } from "../shape";

export const dossier: Messages["dossier"] = {
  pageTitle: "Моє досьє",
  intro:
    "Заповніть його один раз і подавайте з ним заявки на будь-які оголошення. Орендодавці бачать його лише тоді, коли ви подаєте заявку саме їм.",
  profile: "Профіль",
  saveProfile: "Зберегти профіль",
  documents: "Мої документи",
  guarantors: "Поручителі",
  guarantorsDescription: "Люди, які ручаються за вашу орендну плату, кожен зі своїми документами.",
  remove: "Вилучити",
  noDocuments: "Документів поки немає.",
  delete: "Видалити",
  kinds: {
    id_card: "Посвідчення особи або паспорт",
    proof_of_income: "Підтвердження доходу",
    proof_of_study: "Довідка з місця навчання",
    rib: "Банківські реквізити (RIB)",
    visa: "Віза",
    other: "Інше",
  },
  upload: {
    kind: "Тип документа",
    file: "Файл (PDF, JPEG, PNG або DOCX, до 100 МБ)",
    submit: "Завантажити",
  },
  guarantor: {
    name: "Ім’я поручителя",
    relationship: "Ким вам доводиться",
    relationshipPlaceholder: "мама, роботодавець…",
    email: "Електронна пошта (необов’язково)",
    submit: "Додати поручителя",
    nameMissing: "Введіть ім’я",
    relationshipMissing: "Вкажіть, ким вам доводиться ця людина",
  },
};
