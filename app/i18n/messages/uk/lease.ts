import type { Messages } from "../shape";

export const lease: Messages["lease"] = {
  frenchLaw: "Житло у Франції: застосовується закон № 89-462 від 6 липня 1989 року.",
  kind: {
    label: "Тип договору оренди",
    unfurnished: "Житло без меблів",
    furnished: "Мебльоване житло",
    student_furnished: "Мебльоване житло для студента (9 місяців)",
    mobility: "Bail mobilité (від 1 до 10 місяців)",
  },
  landlordKind: {
    label: "Орендодавець —",
    individual: "Фізична особа",
    hint: "Сімейна компанія (SCI familiale) вважається фізичною особою.",
    company: "Компанія",
  },
  chargesMode: {
    label: "Комунальні платежі",
    provision: "Аванс із перерахунком",
    flat: "Фіксована (мебльоване)",
  },
  annexes: {
    legend: "Додатки до договору оренди",
    ifBuiltBefore1949: "(якщо будинок збудовано до 1949 року)",
    ifOver15Years: "(якщо мережі понад 15 років)",
    ifCoownership: "(якщо житло в багатоквартирному будинку зі співвласністю)",
    missing: "Обов’язкові додатки не позначено: {list}",
    dpe: "Діагностика енергоефективності (DPE)",
    risks: "Довідка про ризики (ERP)",
    lead: "Звіт про ризик впливу свинцю (CREP)",
    electricity: "Звіт про стан електромережі",
    gas: "Звіт про стан газової мережі",
    surface: "Довідка про житлову площу (закон Бутена)",
    notice: "Інформаційна довідка",
    condition_report: "Акт стану житла під час заселення",
    furniture_inventory: "Опис меблів",
    coownership_rules: "Витяг із правил співвласності",
  },
  duration:
    "Строк: {months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}{days, plural, =0 {} one { і # день} few { і # дні} many { і # днів} other { і # дня}}",
  openEnded: "Строк: без дати завершення (мовчазне продовження)",
  violationsTitle: "Цей договір не відповідає французькому законодавству:",
  refused: "Цей договір порушує французьке законодавство: виправте позначені поля.",
  violations: {
    lease_too_short:
      "Цей договір має тривати щонайменше {minMonths, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}: оберіть пізнішу дату завершення або не вказуйте її.",
    student_lease_duration:
      "Студентський договір оренди мебльованого житла триває рівно 9 місяців, із датою завершення.",
    mobility_duration: "Договір bail mobilité триває від 1 до 10 місяців, із датою завершення.",
    deposit_above_cap:
      "Гарантійний депозит не може перевищувати орендну плату без комунальних платежів за {capMonths, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}, тобто {cap}.",
    mobility_deposit: "Договір bail mobilité не може передбачати гарантійний депозит.",
    flat_charges_unfurnished:
      "Для житла без меблів комунальні платежі — це аванси з щорічним перерахунком: фіксована сума лише для мебльованого житла.",
    mobility_flat_charges: "За договором bail mobilité комунальні платежі — лише фіксована сума.",
    mobility_reason_required: "Договір bail mobilité зазначає підставу орендаря: оберіть її.",
    rent_required: "Договір оренди має орендну плату: введіть суму, більшу за 0.",
  },
  mobilityReason: {
    label: "Підстава для bail mobilité",
    choose: "Оберіть підставу",
    vocational_training: "Професійне навчання",
    higher_education: "Вища освіта",
    apprenticeship: "Договір учнівства",
    internship: "Стажування",
    civic_service: "Добровільна громадянська служба",
    job_transfer: "Переведення по роботі",
    temporary_assignment: "Тимчасове робоче відрядження",
  },
};
