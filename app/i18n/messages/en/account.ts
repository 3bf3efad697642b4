import type { Messages } from "../shape";

export const account: Messages["account"] = {
  pageTitle: "Account",
  subtitle: "Your profile, your language and the devices signed in to your account.",
  profile: "Profile",
  name: "Name",
  email: "Email",
  confirmed: "Confirmed",
  notConfirmed: "Not confirmed",
  accountType: "Account type",
  landlord: "Landlord",
  renter: "Renter",
  organizations: "Organizations",
  none: "None",
  membership:
    "{org} ({role, select, owner {owner} manager {manager} other {maintenance}}{disabled, select, yes {, disabled} other {}})",
  language: {
    title: "Language",
    description: "The language of your pages and of the emails Rentline sends you.",
    label: "Language",
    submit: "Save",
  },
  sessions: {
    title: "Where you're signed in",
    description: "Sign out any device you don't recognise, then change your password.",
    thisDevice: "This device",
    activity: "last active {lastActive} · signed in {since}",
    signOut: "Sign out",
    signOutDevice: "{device}, last active {lastActive}",
    signOutOthers: "Sign out other devices",
    noOthers: "No other devices are signed in.",
    signedOut: "That device was signed out.",
    revoked:
      "{count, plural, =0 {No other devices were signed in.} one {# other device was signed out.} other {# other devices were signed out.}}",
    unknownRequest: "Unknown request.",
    unknownDevice: "Unknown device",
    device: "{browser} on {system}",
  },
};
