import type { Messages } from "../shape";

export const auth: Messages["auth"] = {
  login: {
    title: "Увійти",
    welcome: "З поверненням до Rentline.",
    invitation: "Увійдіть, щоб прийняти запрошення.",
    newHere: "Вперше в Rentline?",
    signUp: "Зареєструватися",
    email: "Електронна пошта",
    password: "Пароль",
    forgot: "Забули пароль?",
    submit: "Увійти",
    submitting: "Вхід…",
    emailInvalid: "Введіть дійсну адресу електронної пошти",
    passwordMissing: "Введіть пароль",
    resetDone: "Ваш пароль змінено. Увійдіть з новим паролем.",
    googleUnverified:
      "Обліковий запис Rentline з цією адресою існує, але адресу ще не підтверджено, тож вхід через Google не може його використати. Увійдіть за паролем і підтвердіть адресу з надісланого листа (або скиньте пароль), і тоді вхід через Google запрацює.",
  },
  or: "або",
};
