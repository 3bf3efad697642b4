import type { Messages } from "../shape";

export const ui: Messages["ui"] = {
  /** An erased account's name on the records kept (app/i18n/person-name.ts): on every page, so not in erasureForms. */
  formerUser: "Колишній користувач",
  loading: "Завантаження…",
  /** An org member's role (the team page, the read-only notices of the portfolio forms). */
  roles: {
    owner: "Власник",
    manager: "Менеджер",
    maintenance: "Обслуговування",
  },
  pagination: { previous: "Назад", next: "Далі", pageOf: "Сторінка {page} з {pages}" },
  verifyBanner: {
    pending:
      "Підтвердьте свою адресу електронної пошти, <strong>{email}</strong>, за посиланням, яке ми вам надіслали.",
    sent: "Ми надіслали нове посилання для підтвердження на <strong>{email}</strong>. Перевірте пошту.",
    rateLimited: "Забагато запитів на нове посилання. Спробуйте ще раз за хвилину.",
    failed: "Зараз не вдалося надіслати нове посилання. Спробуйте ще раз за мить.",
    sending: "Надсилаємо…",
    sendAgain: "Надіслати ще раз",
    resend: "Надіслати посилання знову",
  },
  signature: {
    draw: "Намалюйте свій підпис",
    captured: "Підпис збережено.",
    signInside: "Підпишіться всередині рамки.",
    clear: "Очистити",
  },
  orgSwitcher: { label: "Організація", disabled: "{name} (вимкнено)", switch: "Перейти" },
  conversation: "Листування",
  logo: "Rentline, головна",
  photoPicker: {
    hint: "Кілька одразу, з галереї або камери.",
    choose: "Вибрати фото",
    camera: "Зробити фото",
    previewAlt: "Фото {number}: {name}",
    preparing: "Готуємо фото: {done} / {total}",
    ready: "{count, plural, one {# фото готове до надсилання} other {# фото готові до надсилання}}",
    sending: "Надсилаємо фото ({count})…",
    remove: "Прибрати фото {number}",
    tooMany: "Не більше {max} фото в одному повідомленні: залишено перші {max}.",
    limit: "До {max} фото.",
  },
};
