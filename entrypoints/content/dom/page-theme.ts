// Whether the page the reader sees is dark or light, from its actual background (not the system's colour scheme:
// most pages stay light in a dark system). Marks and the card take their colours from it.
export function pageTheme(doc: Document): 'dark' | 'light' {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const [r = 0, g = 0, b = 0, a = 1] = (
      getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []
    ).map(Number);
    if (a === 0) continue;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return luminance < 0.4 ? 'dark' : 'light';
  }
  // No background of its own: the browser's canvas, which is dark only when the page opts into a dark scheme
  // and the system uses one.
  const scheme = getComputedStyle(doc.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
