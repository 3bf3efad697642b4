import type { Messages } from "../shape";

export const lease: Messages["lease"] = {
  frenchLaw: "Home in France: French law no. 89-462 of 6 July 1989 applies.",
  kind: {
    label: "Kind of lease",
    unfurnished: "Unfurnished",
    furnished: "Furnished",
    student_furnished: "Furnished, student (9 months)",
    mobility: "Bail mobilité (1 to 10 months)",
  },
  landlordKind: {
    label: "The landlord is",
    individual: "A person",
    hint: "A family property company (SCI familiale) counts as a person.",
    company: "A company",
  },
  chargesMode: {
    label: "Charges",
    provision: "Provision, adjusted yearly",
    flat: "Flat amount (furnished)",
  },
  annexes: {
    legend: "Annexes attached to the lease",
    ifBuiltBefore1949: "(if the building dates from before 1949)",
    ifOver15Years: "(if the installation is over 15 years old)",
    ifCoownership: "(if the home is in a co-owned building)",
    missing: "Mandatory annexes not ticked: {list}",
    dpe: "Energy performance certificate (DPE)",
    risks: "Risk statement (ERP)",
    lead: "Lead exposure report (CREP)",
    electricity: "Electrical installation report",
    gas: "Gas installation report",
    surface: "Habitable surface certificate (loi Boutin)",
    notice: "Information notice",
    condition_report: "Move-in condition report",
    furniture_inventory: "Furniture inventory",
    coownership_rules: "Extract of the co-ownership rules",
  },
  duration:
    "Term: {months, plural, one {# month} other {# months}}{days, plural, =0 {} one { and # day} other { and # days}}",
  openEnded: "Term: no end date (renewed by tacit agreement)",
  violationsTitle: "This lease does not comply with French law:",
  refused: "This lease breaks French law: correct the highlighted fields.",
  violations: {
    lease_too_short:
      "This lease must last at least {minMonths, plural, one {# month} other {# months}}: choose a later end date, or none.",
    student_lease_duration: "A furnished student lease lasts exactly 9 months, with an end date.",
    mobility_duration: "A bail mobilité lasts 1 to 10 months, with an end date.",
    deposit_above_cap:
      "The deposit may not exceed {capMonths, plural, one {# month} other {# months}} of rent excluding charges: {cap}.",
    mobility_deposit: "A bail mobilité may not include any deposit.",
    flat_charges_unfurnished:
      "On an unfurnished lease, charges are provisions adjusted each year: a flat amount is for furnished leases only.",
    mobility_flat_charges: "On a bail mobilité, charges must be a flat amount.",
    mobility_reason_required: "A bail mobilité states the renter's reason: choose it.",
    rent_required: "A lease has a rent: enter an amount above 0.",
  },
  mobilityReason: {
    label: "Reason for the bail mobilité",
    choose: "Choose the reason",
    vocational_training: "Vocational training",
    higher_education: "Higher education",
    apprenticeship: "Apprenticeship contract",
    internship: "Internship",
    civic_service: "Voluntary civic service",
    job_transfer: "Job transfer",
    temporary_assignment: "Temporary work assignment",
  },
};
