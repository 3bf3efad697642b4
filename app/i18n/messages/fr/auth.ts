/** Signing in (and, as they are translated, the other signed-out pages). */
export const auth = {
  login: {
    title: "Se connecter",
    welcome: "Bon retour sur Rentline.",
    invitation: "Connectez-vous pour accepter votre invitation.",
    newHere: "Nouveau sur Rentline ?",
    signUp: "Créer un compte",
    email: "Adresse e-mail",
    password: "Mot de passe",
    forgot: "Mot de passe oublié ?",
    submit: "Se connecter",
    submitting: "Connexion…",
    emailInvalid: "Saisissez une adresse e-mail valide",
    passwordMissing: "Saisissez votre mot de passe",
    resetDone: "Votre mot de passe a été modifié. Connectez-vous avec le nouveau.",
    googleUnverified:
      "Un compte Rentline existe avec cette adresse, mais elle n’est pas encore confirmée : la connexion Google ne peut pas l’utiliser. Connectez-vous avec son mot de passe et confirmez l’adresse depuis l’e-mail envoyé (ou réinitialisez le mot de passe), puis la connexion Google fonctionnera.",
  },
  or: "ou",
};
