import type { Messages } from "../shape";

export const listingManage: Messages["listingManage"] = {
  newTitle: "Нове оголошення",
  newLink: "Нове оголошення",
  newSubtitle: "Виберіть помешкання: оренда, платежі, площа, кімнати й адреса беруться з нього.",
  chooseApartment: "Помешкання",
  choose: "Взяти це помешкання",
  apartmentOption: "{property} · квартира {unit}",
  noApartment: "Спершу додайте помешкання до об’єкта.",
  photos: "Фото (кілька одразу)",
  photosHint: "JPEG, PNG або WebP; порядок можна змінити потім.",
  previewAlt: "Попередній перегляд {number}: {name}",
  create: "Створити чернетку",
  creating: "Створюємо…",
  addPhotos: "Додати фото",
  photosAdded: "{count, plural, one {Додано # фото} other {Додано # фото}}.",
  moveUp: "Перемістити фото {number} вище",
  moveDown: "Перемістити фото {number} нижче",
  remove: "Прибрати фото {number}",
  dragHint: "Перетягніть фото або скористайтеся стрілками, щоб змінити порядок; перше стає мініатюрою.",
  position: "Фото {number} з {total}",
  publish: "Опублікувати",
};
