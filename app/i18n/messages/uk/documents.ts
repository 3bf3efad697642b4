import type { Messages } from "../shape";

export const documents: Messages["documents"] = {
  pageTitle: "Мої документи",
  subtitle: "Ваші договори оренди: заповнити, підписати й завантажити.",
  emptyTitle: "Документів поки немає",
  emptyBody: "Коли орендодавець підготує договір оренди для одного з ваших помешкань, він з’явиться тут.",
  where: "{address}, кв. {unit} · {org}",
};
