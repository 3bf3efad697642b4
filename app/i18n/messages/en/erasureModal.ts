import type { Messages } from "../shape";

/** The dialog that deletes one's account or closes an org (./erasureForms.ts has the cards' words): it loads when opened. */
export const erasureModal: Messages["erasureModal"] = {
  account: {
    password: "Your password",
    googleOnly: "You sign in with Google: sign in with Google again, then delete your account within 5 minutes.",
    googleSignIn: "Sign in again with Google",
    confirm: "Delete my account for good",
    cancel: "Cancel",
    working: "Deleting…",
  },
  org: {
    password: "Your password",
    googleOnly: "You sign in with Google: sign in with Google again, then close the organization within 5 minutes.",
    googleSignIn: "Sign in again with Google",
    confirm: "Close the organization for good",
    cancel: "Cancel",
    working: "Closing…",
    done: "The organization is closed. Its data is kept until {date}, then deleted.",
    toAccount: "Go to my account",
  },
};
