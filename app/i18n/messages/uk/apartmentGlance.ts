import type { Messages } from "../shape";

/** The landlord's apartment at a glance (status, renters, rent, balance, lease end) and the lease panel's buttons. */
export const apartmentGlance: Messages["apartmentGlance"] = {
  let: "Здано",
  vacant: "Вільна",
  upcoming: "Оренда незабаром",
  renters: "Орендарі",
  noRenters: "Нікого",
  rent: "Оренда",
  balance: "Баланс",
  leaseEnd: "Кінець оренди",
  openEnded: "Без дати завершення",
  balanceDue: "Борг {amount}",
  balanceCredit: "{amount} переплати",
  balanceZero: "Без боргу",
  addRenter: "Додати орендаря",
  addCoRenter: "Додати співорендаря",
  openChat: "Відкрити чат",
  nothingToConfirm: "Немає платежів до підтвердження.",
  startNextLease: "Підготувати наступний договір",
  newRepairRequest: "Нова заявка на ремонт",
};
