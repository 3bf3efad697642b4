import type { Messages } from "../shape";

export const apartments: Messages["apartments"] = {
  fallbackTitle: "Квартира",
  pageTitle: "Квартира {unit}, {property}",
  heading: "Квартира {unit}",
  summary:
    "{rooms, plural, one {# кімната} few {# кімнати} many {# кімнат} other {# кімнати}} · {rent} на місяць без комунальних платежів",
  location: "<link>{property}</link> · {address}, {city}",
  edit: "Редагувати квартиру",
  editPage: {
    title: "Редагування квартири {unit}",
    fallbackTitle: "Редагувати квартиру",
    back: "Назад до об’єкта",
    save: "Зберегти",
    deleteTitle: "Видалити квартиру",
    deleteWarning: "Видалення квартири {unit} прибирає її з об’єкта. Цю дію не можна скасувати.",
    readOnly: "Ваша роль ({role}) дає змогу переглядати цю квартиру, але не змінювати її.",
  },
  form: {
    unitNumber: "Номер квартири",
    unitPlaceholder: "напр. 3C",
    rooms: "Кімнати",
    rent: "Оренда на місяць без комунальних платежів",
    rentPlaceholder: "850,00",
    currency: "Валюта",
  },
  errors: {
    unitNumber: "Введіть номер квартири",
    roomsRequired: "Введіть кількість кімнат",
    roomsMin: "Щонайменше 1 кімната",
    roomsMax: "Щонайбільше 50 кімнат",
    rentRequired: "Введіть суму, наприклад 850,00",
    rentTooBig: "Ця орендна плата завелика",
    rentPlaceholder: "850,00",
    currency: "Виберіть валюту",
  },
  noRole: "немає",
};
