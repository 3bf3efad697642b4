import type { Messages } from "../shape";

export const properties: Messages["properties"] = {
  address: "{address}, {postalCode} {city}, {country}",
  breadcrumb: "Об’єкти",
  fallbackTitle: "Об’єкт",
  edit: "Редагувати об’єкт",
  apartments: "Квартири",
  apartmentsCount:
    "{count, plural, =0 {Немає квартир} one {# квартира} few {# квартири} many {# квартир} other {# квартири}}",
  added: "Квартиру {unit} додано.",
  noneEditor: "Квартир поки немає. Додайте першу нижче.",
  none: "Квартир поки немає.",
  apartmentsPages: "Сторінки квартир",
  addApartment: "Додати квартиру",
  addApartmentHint: "Щомісячна орендна плата без комунальних платежів, у валюті вашої організації (Налаштування).",
  addApartmentSubmit: "Додати квартиру",
  table: {
    unit: "Квартира",
    rooms: "Кімнати",
    rent: "Оренда на місяць",
    actions: "Дії",
    unread: "{count, plural, one {# непрочитане} few {# непрочитані} many {# непрочитаних} other {# непрочитаного}}",
    edit: "Редагувати",
    editUnit: "квартиру {unit}",
  },
  new: {
    title: "Додати об’єкт",
    subtitle: "Багатоквартирний або приватний будинок. Квартири в ньому ви додасте далі.",
    submit: "Додати об’єкт",
    readOnly:
      "Ваша роль ({role}) дає змогу переглядати об’єкти, але не додавати їх. Зверніться до власника або менеджера.",
  },
  editPage: {
    title: "Редагування: {name}",
    fallbackTitle: "Редагувати об’єкт",
    save: "Зберегти",
    deleteTitle: "Видалити об’єкт",
    deleteWarning: "Видалення {name} також видаляє всі його квартири. Цю дію не можна скасувати.",
    readOnly: "Ваша роль ({role}) дає змогу переглядати цей об’єкт, але не змінювати його.",
  },
  form: {
    name: "Назва об’єкта",
    nameHint: "Як ви його називаєте, наприклад «Бузок» або «вул. Дубова, 12».",
    address: "Адреса",
    city: "Місто",
    postalCode: "Поштовий індекс",
    country: "Країна",
    countryChoose: "Виберіть країну",
    timezone: "Часовий пояс",
    timezoneHint:
      "Дати й час житла (строки оплати, візити, договір) показуються в цьому поясі для всіх, навіть за кордоном.",
    timezoneOrg: "Пояс організації ({zone})",
  },
  errors: {
    name: "Введіть назву",
    address: "Введіть адресу (вулиця та номер будинку)",
    city: "Введіть місто",
    postalCode: "Введіть поштовий індекс",
    country: "Виберіть країну зі списку",
  },
  noRole: "немає",
};
