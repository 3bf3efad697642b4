import type { Messages } from "../shape";

/** The dialog that deletes one's account or closes an org (./erasureForms.ts has the cards' words): it loads when opened. */
export const erasureModal: Messages["erasureModal"] = {
  account: {
    password: "Ваш пароль",
    googleOnly:
      "Ви входите через Google: увійдіть через Google ще раз, а потім видаліть обліковий запис протягом 5 хвилин.",
    googleSignIn: "Увійти через Google ще раз",
    confirm: "Остаточно видалити мій обліковий запис",
    cancel: "Скасувати",
    working: "Видалення…",
  },
  org: {
    password: "Ваш пароль",
    googleOnly:
      "Ви входите через Google: увійдіть через Google ще раз, а потім закрийте організацію протягом 5 хвилин.",
    googleSignIn: "Увійти через Google ще раз",
    confirm: "Остаточно закрити організацію",
    cancel: "Скасувати",
    working: "Закриття…",
    done: "Організацію закрито. Її дані зберігаються до {date}, а потім видаляються.",
    toAccount: "Перейти до мого облікового запису",
  },
};
