import type { Messages } from "../shape";

export const lease: Messages["lease"] = {
  frenchLaw: "דירה בצרפת: חל החוק הצרפתי מס׳ 89-462 מ־6 ביולי 1989.",
  kind: {
    label: "סוג חוזה השכירות",
    unfurnished: "דירה לא מרוהטת",
    furnished: "דירה מרוהטת",
    student_furnished: "דירה מרוהטת לסטודנט (9 חודשים)",
    mobility: "Bail mobilité (חודש עד 10 חודשים)",
  },
  landlordKind: {
    label: "המשכיר הוא",
    individual: "אדם פרטי",
    hint: "חברה משפחתית להחזקת נכסים (SCI familiale) נחשבת לאדם פרטי.",
    company: "חברה",
  },
  chargesMode: {
    label: "הוצאות נלוות",
    provision: "מקדמה עם התחשבנות",
    flat: "סכום קבוע (מרוהטת)",
  },
  annexes: {
    legend: "נספחים מצורפים לחוזה",
    ifBuiltBefore1949: "(אם הבניין נבנה לפני 1949)",
    ifOver15Years: "(אם המתקן בן יותר מ־15 שנה)",
    ifCoownership: "(אם הדירה בבית משותף)",
    missing: "נספחי חובה שלא סומנו: {list}",
    dpe: "אבחון ביצועים אנרגטיים (DPE)",
    risks: "דוח סיכונים (ERP)",
    lead: "דוח סיכון חשיפה לעופרת (CREP)",
    electricity: "דוח על מתקן החשמל",
    gas: "דוח על מתקן הגז",
    surface: "אישור שטח מגורים (חוק בוטן)",
    notice: "דף מידע",
    condition_report: "פרוטוקול מצב הדירה בכניסה",
    furniture_inventory: "רשימת ריהוט",
    coownership_rules: "תמצית תקנון הבית המשותף",
  },
  duration:
    "תקופה: {months, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}{days, plural, =0 {} one { ויום אחד} two { ויומיים} other { ו־# ימים}}",
  openEnded: "תקופה: ללא תאריך סיום (חידוש מכללא)",
  violationsTitle: "חוזה השכירות אינו עומד בחוק הצרפתי:",
  refused: "חוזה זה מפר את החוק הצרפתי: יש לתקן את השדות המסומנים.",
  violations: {
    lease_too_short:
      "חוזה זה חייב להימשך לפחות {minMonths, plural, one {חודש אחד} two {חודשיים} other {# חודשים}}: בחרו תאריך סיום מאוחר יותר, או אל תקבעו תאריך סיום.",
    student_lease_duration: "חוזה שכירות מרוהט לסטודנט נמשך 9 חודשים בדיוק, עם תאריך סיום.",
    mobility_duration: "חוזה bail mobilité נמשך בין חודש אחד ל־10 חודשים, עם תאריך סיום.",
    deposit_above_cap:
      "הפיקדון אינו יכול לעלות על שכר דירה של {capMonths, plural, one {חודש אחד} two {חודשיים} other {# חודשים}} ללא הוצאות נלוות, כלומר {cap}.",
    mobility_deposit: "חוזה bail mobilité אינו יכול לכלול פיקדון.",
    flat_charges_unfurnished:
      "בדירה לא מרוהטת ההוצאות הנלוות הן מקדמות עם התחשבנות שנתית: סכום קבוע מותר רק בדירה מרוהטת.",
    mobility_flat_charges: "בחוזה bail mobilité ההוצאות הנלוות הן סכום קבוע בלבד.",
    mobility_reason_required: "חוזה bail mobilité מציין את סיבת השוכר: בחרו אותה.",
    rent_required: "לחוזה שכירות יש שכר דירה: הזינו סכום גדול מ-0.",
  },
  mobilityReason: {
    label: "סיבת ה־bail mobilité",
    choose: "בחרו את הסיבה",
    vocational_training: "הכשרה מקצועית",
    higher_education: "לימודים גבוהים",
    apprenticeship: "חוזה חניכות",
    internship: "התמחות",
    civic_service: "שירות אזרחי בהתנדבות",
    job_transfer: "העברה בעבודה",
    temporary_assignment: "משימת עבודה זמנית",
  },
};
