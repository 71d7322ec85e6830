// Vite's `?inline` imports give a stylesheet as a string (injected into the card's shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
