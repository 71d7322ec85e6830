// Vite's `?inline` imports give a stylesheet as a string (injected into the card's shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}

// `?raw` gives a file's text: the compiled matcher is bundled as a string and parsed lazily (glossary/pack.ts).
declare module '*.packed?raw' {
  const text: string;
  export default text;
}
