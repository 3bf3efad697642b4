import type { Messages } from "../shape";

export const documentsPanel: Messages["documentsPanel"] = {
  title: "Документи",
  none: "Договору оренди поки немає.",
  signedOn: "підписано {date}",
  createdOn: "створено {date}",
  needsLease: "Для договору потрібна чинна оренда, до якої вже приєднався орендар.",
  newAgreement: "Новий договір",
  lease: "Оренда",
  leaseOption: "{start} → {end}",
  openEnded: "безстроково",
  template: "Шаблон",
  /** A template by what it is (the agreement's own title is in its language, not the reader's). */
  templateTitle:
    "{furnished, select, yes {Оренда мебльованого житла} other {Оренда немебльованого житла}}{earlyExit, select, yes {, з умовою дострокового виїзду} other {}}",
  templateOption: "{title} ({language})",
  templateFr: "французькою",
  templateEn: "англійською",
  draftAgreement: "Скласти договір",
};
