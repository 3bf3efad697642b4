import type { Messages } from "../shape";

export const room: Messages["room"] = {
  activity: "פעילות",
  missed: "{count, plural, one {עדכון אחד הגיע} other {# עדכונים הגיעו}} בזמן שלא היית מחובר.",
  dismiss: "הסתרה",
  ended: "החוזה הזה הסתיים: ההיסטוריה נשארת זמינה לקריאה, אבל אי אפשר לפרסם יותר.",
  feed: "פיד הפעילות",
  emptyFeed: "עדיין אין כלום. תשלומים, הערות ואישורים יופיעו כאן לשני הצדדים.",
  status: {
    live: "מחובר",
    connecting: "מתחבר…",
    offline: "לא מקוון — מתחבר מחדש",
    revoked: "מנותק",
  },
  chat: {
    title: "צ׳אט",
    online: "מחוברים: {names}",
    nobody: "אף אחד אחר לא מחובר",
    revoked: "מנותק: {reason}. התחברו שוב כדי להמשיך.",
    revokedDefault: "הגישה שלך לחדר הזה הסתיימה",
    someone: "מישהו",
    typing: "{count, plural, one {{names} מקליד…} other {{names} מקלידים…}}",
    messages: "הודעות הצ׳אט",
    older: "טעינת הודעות קודמות",
    you: "את/ה",
    label: "הודעה",
    connecting: "מתחבר…",
    placeholder: "כתבו הודעה",
    send: "שליחה",
    timeZone: "השעות מוצגות לפי {zone}",
  },
};
