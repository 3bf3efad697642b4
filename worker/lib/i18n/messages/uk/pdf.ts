import type { ServerMessages } from "../shape";

export const pdf: ServerMessages["pdf"] = {
  page: "Сторінка {n} з {total}",
  receipt: {
    title: "Квитанція про сплату орендної плати",
    heading: "Квитанція про сплату орендної плати — {period}",
    file: "kvytantsiia",
    landlord: "Орендодавець: {name}",
    companyNumber: "Реєстраційний № {number}",
    renters: "Орендар(і): {names}",
    property: "Житло: {address}",
    place: "{street}, {postalCode} {city} (квартира {unit})",
    statement:
      "{landlord}, орендодавець зазначеного вище житла, підтверджує, що отримав(ла) від {renters} суму {amount} як орендну плату та комунальні платежі за період з {from} по {to} включно, з яких орендна плата {rent} і комунальні платежі {charges}.",
    amount: "Отримана сума: {amount}",
    rent: "Орендна плата (без комунальних платежів): {amount}",
    charges: "Комунальні платежі: {amount}",
    lastPayment: "Останній платіж отримано {date}",
    issued: "Видано {date} · Квитанція № {number}",
  },
  signatures: {
    title: "Підписи",
    certificate: "Сертифікат підписання",
    intro: "Цей сертифікат засвідчує електронні підписи, поставлені на документі, зазначеному нижче.",
    document: "Документ: {title} · {id}",
    unsignedHash: "SHA-256 непідписаного документа:",
    signer: "Підписант: {name} ({side}) — «{signedName}»",
    side: { renter: "орендар", landlord: "орендодавець" },
    at: "Час: {at}",
    ip: "IP-адреса: {ip}",
    userAgent: "Браузер: {userAgent}",
    consent: "Підписано електронно з явної згоди.",
  },
  partialReceipt: {
    title: "Квитанція про часткову оплату",
    heading: "Квитанція про часткову оплату — {period}",
    file: "kvytantsiia-chastkova-oplata",
    statement:
      "{landlord}, орендодавець зазначеного вище житла, підтверджує, що отримав(ла) від {renters} суму {amount} як часткову оплату орендної плати та комунальних платежів за період з {from} по {to} включно, загальна сума яких становить {due}. За цей період залишається до сплати {outstanding}.",
    due: "Належить до сплати за період: {amount}",
    received: "Отримана сума: {amount}",
    outstanding: "Залишок до сплати: {amount}",
    days: "{count, plural, one {Платіж отримано {dates}} few {Платежі отримано {dates}} many {Платежі отримано {dates}} other {Платежі отримано {dates}}}",
    issued: "Видано {date} · Квитанція № {number}",
  },
};
