import type { Messages } from "../shape";

export const findHome: Messages["findHome"] = {
  nav: "Знайти житло",
  search: {
    heading: "Знайдіть своє наступне житло",
    lead: "Оголошення орендодавців, які ведуть оренду в Rentline: заявка онлайн, договір підписується онлайн, оплата оренди в одному місці.",
    form: "Пошук житла",
    city: "Місто",
    cityPlaceholder: "Ліон, Париж, Бордо…",
    submit: "Шукати",
    popular: "Міста з оголошеннями",
    cityListings:
      "{city}: {count, plural, one {# оголошення} few {# оголошення} many {# оголошень} other {# оголошення}}",
  },
  newest: {
    heading: "Найновіші оголошення",
    seeAll: "Усі оголошення",
  },
  empty: {
    title: "Поки що немає опублікованих оголошень",
    hint: "Нові оголошення з’являються тут одразу після публікації. Ви орендодавець? Опублікуйте своє за кілька хвилин.",
    landlord: "Опублікувати оголошення",
  },
  noResults: {
    otherCities: "Оголошення є в цих містах:",
  },
  filters: {
    more: "Більше фільтрів",
    moreActive: "Більше фільтрів (активних: {count})",
  },
  closed: {
    pageTitle: "Житло вже недоступне",
    title: "Це житло вже недоступне",
    body: "«{title}» у місті {city} вже здано або знято з оренди власником.",
    similarHeading: "Схожі оголошення: {city}",
    noneSimilar: "Наразі немає схожих оголошень у місті {city}.",
    searchCity: "Усі оголошення: {city}",
    allListings: "Усі оголошення",
  },
};
