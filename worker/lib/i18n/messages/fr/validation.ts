/** What a form field says when its value is refused (the field's own sentence wins when the form has one). */
export const validation = {
  required: "Renseignez ce champ",
  wholeNumber: "Saisissez un nombre entier",
  number: "Saisissez un nombre",
  minLength: "{minimum, plural, one {Au moins # caractère} other {Au moins # caractères}}",
  maxLength: "{maximum, plural, one {Au plus # caractère} other {Au plus # caractères}}",
  minNumber: "Au moins {minimum}",
  maxNumber: "Au plus {maximum}",
  format: "Le format de cette valeur n’est pas reconnu",
  email: "Saisissez une adresse e-mail valide",
  dateRange: "Saisissez une date entre 1900 et 2200",
  date: "Saisissez une date",
  choose: "Choisissez l’une des options",
  amount: "Saisissez un montant, par exemple {example}",
  placeName: "Saisissez un nom de lieu : au moins une lettre",
  minAmount: "Au moins {amount}",
  maxAmount: "Au plus {amount}",
};
