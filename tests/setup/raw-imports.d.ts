// Vite's `?raw` import (a file's text), as the tests read committed generated files (the icon sprite).
declare module "*?raw" {
  const text: string;
  export default text;
}
