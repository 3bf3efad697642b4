import type { Messages } from "../shape";

export const auth: Messages["auth"] = {
  login: {
    title: "Sign in",
    welcome: "Welcome back to Rentline.",
    invitation: "Sign in to accept your invitation.",
    newHere: "New to Rentline?",
    signUp: "Sign up",
    email: "Email",
    password: "Password",
    forgot: "Forgot your password?",
    submit: "Sign in",
    submitting: "Signing in…",
    emailInvalid: "Enter a valid email address",
    passwordMissing: "Enter your password",
    resetDone: "Your password was changed. Sign in with the new one.",
    googleUnverified:
      "A Rentline account with this address exists but its address is not confirmed yet, so Google sign-in cannot use it. Sign in with its password and confirm the address from the email we sent — or reset the password — then Google sign-in will work.",
  },
  or: "or",
};
