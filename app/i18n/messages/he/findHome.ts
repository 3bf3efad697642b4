import type { Messages } from "../shape";

export const findHome: Messages["findHome"] = {
  nav: "חיפוש דירה",
  search: {
    heading: "מצאו את הבית הבא שלכם",
    lead: "מודעות של משכירים שמנהלים את ההשכרות שלהם ב־Rentline: הגשת מועמדות מקוונת, חתימה על החוזה באינטרנט ומעקב אחר שכר הדירה במקום אחד.",
    form: "חיפוש דירה",
    city: "עיר",
    cityPlaceholder: "ליון, פריז, בורדו…",
    submit: "חיפוש",
    popular: "ערים עם מודעות",
    cityListings: "{city}: {count, plural, one {מודעה אחת} other {# מודעות}}",
  },
  newest: {
    heading: "המודעות החדשות ביותר",
    seeAll: "לכל המודעות",
  },
  empty: {
    title: "עדיין אין מודעות שפורסמו",
    hint: "מודעות חדשות מופיעות כאן מיד עם פרסומן. משכירים? פרסמו מודעה בכמה דקות.",
    landlord: "פרסום מודעה",
  },
  noResults: {
    otherCities: "יש מודעות בערים האלה:",
  },
  filters: {
    more: "מסננים נוספים",
    moreActive: "מסננים נוספים ({count} פעילים)",
  },
  closed: {
    pageTitle: "הדירה כבר לא זמינה",
    title: "הדירה הזאת כבר לא זמינה",
    body: "„{title}” ב{city} הושכרה או הוסרה על ידי המשכיר.",
    similarHeading: "מודעות דומות ב{city}",
    noneSimilar: "אין כרגע מודעות דומות ב{city}.",
    searchCity: "כל המודעות ב{city}",
    allListings: "כל המודעות",
  },
};
