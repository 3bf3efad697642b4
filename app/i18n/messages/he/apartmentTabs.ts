import type { Messages } from "../shape";

export const apartmentTabs: Messages["apartmentTabs"] = {
  label: "חלקי הדירה",
  overview: "סקירה",
  leases: "חוזים",
  chat: "צ׳אט",
  documents: "מסמכים",
  maintenance: "תחזוקה",
  noLease: "אין חוזה פעיל: אין שכר דירה למעקב כרגע.",
  addRenterLink: "הוספת שוכר",
  maintenanceTitle: "קריאות תחזוקה",
  newRequest: "קריאה חדשה",
  noRequests: "אין קריאות תחזוקה לדירה זו.",
  openedOn: "דווח ב־{date}",
  chatNote: "הוספת הערה או סכום",
  listing: {
    title: "מודעה",
    none: "לדירה הזאת אין מודעה.",
    publish: "פרסום מודעה",
    status: { draft: "טיוטה, עוד לא פורסמה", published: "פורסמה", taken_down: "הוסרה על ידי Rentline" },
    available: "פנויה מ־{date}",
    applications: "{count, plural, =0 {אין בקשות ממתינות} one {בקשה אחת ממתינה} other {# בקשות ממתינות}}",
    review: "עיון בבקשות",
  },
};
