import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  lease_too_short:
    "This lease is shorter than the legal minimum: 3 years unfurnished (6 years if the landlord is a company), 1 year furnished.",
  student_lease_duration: "A furnished student lease lasts exactly 9 months, with an end date.",
  mobility_duration: "A bail mobilité lasts 1 to 10 months, with an end date.",
  deposit_above_cap:
    "The deposit exceeds the legal cap: 1 month's rent excluding charges unfurnished, 2 months furnished.",
  mobility_deposit: "No deposit may be required for a bail mobilité.",
  flat_charges_unfurnished: "On an unfurnished lease, charges are provisions adjusted each year, not a flat amount.",
  mobility_flat_charges: "On a bail mobilité, charges must be a flat amount, never adjusted.",
};
