import type { Messages } from "../shape";

/** The agreement's editor's buttons and what blocks sending (app/components/agreement-actions.tsx). */
export const agreementActions: Messages["agreementActions"] = {
  buttons: {
    retry: "Спробувати створити знову",
    again: "Створити ще раз",
    generate: "Створити PDF",
    send: "Надіслати на підпис",
    duplicate: "Копія для продовження",
  },
  beforeSending: "Перед надсиланням на підпис:",
  missing: {
    date: "Потрібна дата договору",
    landlordName: "Потрібне ім’я орендодавця",
    landlordAddress: "Потрібна адреса орендодавця",
    renterName: "Потрібне ім’я орендаря {number}",
    renterId: "Потрібен номер документа, що посвідчує особу, орендаря {number}",
    propertyAddress: "Потрібна адреса житла",
    startDate: "Потрібна дата початку",
    rent: "Потрібна сума орендної плати",
    deposit: "Потрібна сума застави",
    guarantor: "Потрібне ім’я поручителя",
    endDate: "Дата закінчення має бути пізнішою за дату початку",
    landlordRepresentative: "Потрібно вказати представника компанії-орендодавця",
  },
};
