import type { Messages } from "../shape";

export const account: Messages["account"] = {
  pageTitle: "Обліковий запис",
  subtitle: "Ваш профіль, мова та пристрої, на яких ви увійшли.",
  profile: "Профіль",
  name: "Ім’я",
  email: "Електронна пошта",
  confirmed: "Підтверджено",
  notConfirmed: "Не підтверджено",
  accountType: "Тип облікового запису",
  landlord: "Орендодавець",
  renter: "Орендар",
  organizations: "Організації",
  none: "Немає",
  membership:
    "{org} ({role, select, owner {власник} manager {керуючий} other {технік}}{disabled, select, yes {, вимкнено} other {}})",
  language: {
    title: "Мова",
    description: "Мова сторінок і листів, які надсилає вам Rentline.",
    label: "Мова",
    submit: "Зберегти",
  },
  sessions: {
    title: "Де ви увійшли",
    description: "Вийдіть на пристроях, яких ви не впізнаєте, а потім змініть пароль.",
    thisDevice: "Цей пристрій",
    activity: "остання активність {lastActive} · вхід {since}",
    signOut: "Вийти",
    signOutDevice: "{device}, остання активність {lastActive}",
    signOutOthers: "Вийти на інших пристроях",
    noOthers: "Інших пристроїв, на яких ви увійшли, немає.",
    signedOut: "На цьому пристрої виконано вихід.",
    revoked:
      "{count, plural, =0 {Інших пристроїв, на яких ви увійшли, не було.} one {Вихід виконано на # іншому пристрої.} few {Вихід виконано на # інших пристроях.} many {Вихід виконано на # інших пристроях.} other {Вихід виконано на # іншого пристрою.}}",
    unknownRequest: "Невідомий запит.",
    unknownDevice: "Невідомий пристрій",
    device: "{browser} на {system}",
  },
};
