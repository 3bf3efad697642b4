import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  // Signed out (or either way)
  index("routes/home.tsx"),
  route("signup", "routes/signup.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("verify-email", "routes/verify-email.tsx"),
  route("verify-email/resend", "routes/verify-email-resend.tsx"),
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password", "routes/reset-password.tsx"),
  route("invitations/accept", "routes/invitation-accept.tsx"),
  route("org/switch", "routes/org-switch.tsx"),
  route("dev/mail", "routes/dev-mail.tsx"),
  route("verify", "routes/verify.tsx"),

  // Signed in: the app shell (navigation, org, email banner) around every page
  layout("routes/app-shell.tsx", [
    route("onboarding", "routes/onboarding.tsx"),
    route("dashboard", "routes/dashboard.tsx"),
    route("properties/new", "routes/property-new.tsx"),
    route("properties/:id", "routes/property.tsx"),
    route("properties/:id/edit", "routes/property-edit.tsx"),
    route("apartments/:id", "routes/apartment.tsx"),
    route("apartments/:id/edit", "routes/apartment-edit.tsx"),
    route("team", "routes/team.tsx"),
    route("homes", "routes/homes.tsx"),
    route("homes/:id", "routes/home-detail.tsx"),
    route("account", "routes/account.tsx"),
    route("profile", "routes/profile.tsx"),
    route("documents", "routes/my-documents.tsx"),
    route("documents/:id", "routes/document.tsx"),
    route("leases/:id/receipts/:period", "routes/receipt.tsx"),
    route("rent", "routes/rent.tsx"),
    route("dossier", "routes/dossier.tsx"),
    route("applications", "routes/applications.tsx"),
    route("applications/:id", "routes/application.tsx"),
    route("listings/:id/apply", "routes/listing-apply.tsx"),
    route("manage/listings/:id/applications", "routes/listing-applications.tsx"),
  ]),
] satisfies RouteConfig;
