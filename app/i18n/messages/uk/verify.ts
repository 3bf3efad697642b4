import type { Messages } from "../shape";

export const verify: Messages["verify"] = {
  pageTitle: "Перевірка підписаного договору",
  description: "Перевірте, чи PDF договору оренди з Rentline справжній і повністю підписаний.",
  intro: "Завантажте отриманий остаточний PDF або вставте його SHA-256. Нічого із завантаженого не зберігається.",
  file: "PDF-файл",
  hash: "…або його SHA-256",
  hashPlaceholder: "64 шістнадцяткові символи",
  submit: "Перевірити",
  chooseOne: "Виберіть PDF або вставте його SHA-256.",
  genuine: "Справжній і повністю підписаний",
  signedBy: "{title}, {address}. Підписали: {signers}.",
  signer: "{name} ({side, select, landlord {орендодавець} other {орендар}}) {date}",
  unknown: "Невідомий або змінений",
  notSigned: "Це непідписана чернетка договору, а не остаточний підписаний PDF.",
  altered: "У Rentline немає підписаного договору саме з таким вмістом. Можливо, файл було змінено.",
  hashLine: "Відбиток SHA-256: {hash}",
};
