import type { ServerMessages } from "../shape";

export const rentRevisionDocs: ServerMessages["rentRevisionDocs"] = {
  quarter: "Q{n} {year}",
  letter: {
    title: "Annual rent revision",
    landlord: "Landlord: {name}",
    renters: "Renter(s): {names}",
    premises: "Property: {address}",
    subject: "Re: rent revision on the lease's anniversary, {anniversary}",
    salutation: "Dear renter,",
    body: "Under the revision clause of your lease and article 17-1 of the French law no. 89-462 of 6 July 1989, the rent of your home (excluding charges) is revised each year on the lease's anniversary by the change over one year of the rent reference index (IRL) published by INSEE.",
    currentRent: "Current rent excluding charges: {amount}",
    baseIndex: "IRL {quarter} (base index): {value}",
    newIndex: "IRL {quarter} (new index): {value}",
    computation: "Computation: {rent} × {newValue} / {baseValue} = {newRent} (rounded to the nearest unit)",
    newRent: "New rent excluding charges: {amount}",
    effective:
      "The new rent applies from the {period} rent onwards. Earlier rent stays as it was; charges are not affected.",
    closing: "Yours faithfully,",
    signed: "Issued on {date}, {landlord}",
    source: "Source: INSEE, series 001515333, rent reference index (www.insee.fr).",
    page: "Page {n} of {total}",
  },
  email: {
    subject: "Your rent is revised: {newRent} from {period}",
    intro:
      "{landlord} revised the rent of {address} on the lease's anniversary ({anniversary}), by the rent reference index (IRL) published by INSEE.",
    amounts: "Rent excluding charges: {previousRent} → {newRent}, from the {period} rent.",
    indices: "IRL {newQuarter}: {newValue}; IRL {baseQuarter}: {baseValue}.",
    letter: "The revision letter is in your home on Rentline.",
    action: "Open my home",
  },
};
