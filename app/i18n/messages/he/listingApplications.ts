import type { Messages } from "../shape";

export const listingApplications: Messages["listingApplications"] = {
  title: "מועמדויות",
  for: "מועמדויות עבור",
  places: "{room}: {left, plural, =0 {אין מקומות פנויים} one {מקום פנוי אחד} other {# מקומות פנויים}} מתוך {capacity}",
  listingStatus: "מודעה {status, select, draft {בטיוטה} published {מפורסמת} closed {סגורה} other {{status}}}",
  empty: "עדיין אין מועמדויות",
  line: "{room} · מ־{date}, {months, plural, one {חודש אחד} two {חודשיים} other {# חודשים}} · {guarantors, plural, =0 {ללא ערב} one {ערב אחד} other {# ערבים}}",
};
