import type { Messages } from "../shape";

export const shell: Messages["shell"] = {
  skipToContent: "Перейти до вмісту",
  mainNavigation: "Головна навігація",
  nav: {
    dashboard: "Огляд",
    rent: "Оренда",
    listings: "Оголошення",
    team: "Команда",
    homes: "Мої помешкання",
    documents: "Мої документи",
    applications: "Мої заявки",
    dossier: "Моє досьє",
    profile: "Мої дані",
    account: "Обліковий запис",
  },
  signOut: "Вийти",
  language: "Мова",
  changeLanguage: "Змінити мову",
  apply: "Застосувати",
  pageTitle: "{title} — Rentline",
};
