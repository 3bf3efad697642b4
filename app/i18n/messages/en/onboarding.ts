import type { Messages } from "../shape";

export const onboarding: Messages["onboarding"] = {
  pageTitle: "Set up your organization",
  another: "Create another organization",
  welcome: "Welcome, {name}",
  intro:
    "An organization holds your properties, apartments and team. You can invite managers and maintenance staff to it later.",
  name: "Organization name",
  nameHint: "Your business name, or your own name if you rent out on your own.",
  nameMissing: "Enter the name of your business, or your own name",
  submit: "Create organization",
  submitting: "Creating…",
};
