/**
 * The rent revision (IRL, loi n° 89-462 art. 17-1): the letter to the renters (PDF, in the lease's language)
 * and their email (in each renter's language). Amounts, dates and index values arrive formatted.
 */
export const rentRevisionDocs = {
  quarter: "{n, select, 1 {1er} other {{n}e}} trimestre {year}",
  letter: {
    title: "Révision annuelle du loyer",
    landlord: "Bailleur : {name}",
    renters: "Locataire(s) : {names}",
    premises: "Logement : {address}",
    subject: "Objet : révision du loyer à la date anniversaire du bail, le {anniversary}",
    salutation: "Madame, Monsieur,",
    body: "En application de la clause de révision de votre bail et de l’article 17-1 de la loi n° 89-462 du 6 juillet 1989, le loyer hors charges de votre logement est révisé chaque année à la date anniversaire du bail, selon la variation sur un an de l’indice de référence des loyers (IRL) publié par l’INSEE.",
    currentRent: "Loyer hors charges actuel : {amount}",
    baseIndex: "IRL du {quarter} (indice de base) : {value}",
    newIndex: "IRL du {quarter} (nouvel indice) : {value}",
    computation: "Calcul : {rent} × {newValue} / {baseValue} = {newRent} (arrondi au plus proche)",
    newRent: "Nouveau loyer hors charges : {amount}",
    effective:
      "Ce nouveau loyer s’applique à compter de l’échéance de {period}. Les échéances précédentes restent inchangées ; les charges ne sont pas concernées.",
    closing: "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
    signed: "Fait le {date}, {landlord}",
    source: "Source : INSEE, série 001515333, indice de référence des loyers (www.insee.fr).",
    page: "Page {n} / {total}",
  },
  email: {
    subject: "Révision de votre loyer : {newRent} à partir de {period}",
    intro:
      "{landlord} a révisé le loyer de {address} à la date anniversaire du bail ({anniversary}), selon l’indice de référence des loyers (IRL) publié par l’INSEE.",
    amounts: "Loyer hors charges : {previousRent} → {newRent}, à partir de l’échéance de {period}.",
    indices: "IRL du {newQuarter} : {newValue} ; IRL du {baseQuarter} : {baseValue}.",
    letter: "La lettre de révision est dans votre logement sur Rentline.",
    action: "Ouvrir mon logement",
  },
};
