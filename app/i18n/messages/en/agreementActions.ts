import type { Messages } from "../shape";

/** The agreement's editor's buttons and what blocks sending (app/components/agreement-actions.tsx). */
export const agreementActions: Messages["agreementActions"] = {
  buttons: {
    retry: "Retry generating",
    again: "Generate again",
    generate: "Generate PDF",
    send: "Send for signature",
    duplicate: "Duplicate for renewal",
  },
  beforeSending: "Before sending for signature:",
  missing: {
    date: "The agreement date is required",
    landlordName: "The landlord's name is required",
    landlordAddress: "The landlord's address is required",
    renterName: "Renter {number}'s name is required",
    renterId: "Renter {number}'s ID number is required",
    propertyAddress: "The property address is required",
    startDate: "The start date is required",
    rent: "The rent is required",
    deposit: "The deposit amount is required",
    guarantor: "The guarantor's name is required",
    endDate: "The end date must be after the start date",
    landlordRepresentative: "The landlord company's representative is required",
  },
};
