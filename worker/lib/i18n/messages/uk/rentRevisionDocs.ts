import type { ServerMessages } from "../shape";

export const rentRevisionDocs: ServerMessages["rentRevisionDocs"] = {
  quarter: "{n}-й квартал {year} р.",
  letter: {
    title: "Щорічний перегляд орендної плати",
    landlord: "Орендодавець: {name}",
    renters: "Орендар(і): {names}",
    premises: "Житло: {address}",
    subject: "Щодо: перегляд орендної плати в річницю договору, {anniversary}",
    salutation: "Шановний орендарю!",
    body: "Відповідно до пункту про перегляд орендної плати у вашому договорі та статті 17-1 французького закону № 89-462 від 6 липня 1989 року орендна плата за ваше житло (без комунальних платежів) щороку переглядається в річницю договору відповідно до зміни за рік індексу орендної плати (IRL), який публікує INSEE.",
    currentRent: "Поточна орендна плата без комунальних платежів: {amount}",
    baseIndex: "IRL за {quarter} (базовий індекс): {value}",
    newIndex: "IRL за {quarter} (новий індекс): {value}",
    computation: "Розрахунок: {rent} × {newValue} / {baseValue} = {newRent} (з округленням до найближчого)",
    newRent: "Нова орендна плата без комунальних платежів: {amount}",
    effective:
      "Починаючи з платежу за {period}, діє нова орендна плата. Попередні платежі не змінюються; комунальних платежів це не стосується.",
    closing: "З повагою,",
    signed: "Складено {date}, {landlord}",
    source: "Джерело: INSEE, серія 001515333, індекс орендної плати (www.insee.fr).",
    page: "Сторінка {n} з {total}",
  },
  email: {
    subject: "Вашу орендну плату переглянуто: {newRent}, починаючи з платежу за {period}",
    intro:
      "{landlord}: орендну плату за {address} переглянуто в річницю договору ({anniversary}) відповідно до індексу орендної плати (IRL), який публікує INSEE.",
    amounts:
      "Починаючи з платежу за {period}, орендна плата без комунальних платежів становить {newRent} (раніше {previousRent}).",
    indices: "IRL за {newQuarter}: {newValue}; IRL за {baseQuarter}: {baseValue}.",
    letter: "Лист про перегляд орендної плати є у вашому житлі на Rentline.",
    action: "Відкрити моє житло",
  },
};
