// The ::highlight() rules. Each style on a light or dark page (its own background, see page-theme.ts) has its own
// highlight name, so the painter changes the look by registering its highlights under another name, with no rule
// rewritten. The content script's stylesheet (HIGHLIGHT_SHEET, declared in the manifest: wxt.config.ts writes it
// from highlightSheet at build time) holds every rule, in place before the page's first style calculation: a
// <style> inserted into a laid-out page made the browser restyle the whole document (22–34 ms on the ~1.1 MB
// benchmark page). No DOM or extension API here: the build imports it.

export type HighlightStyle = 'underline' | 'tint' | 'none';
export type PageTheme = 'light' | 'dark';

/** The stylesheet's file in the package. */
export const HIGHLIGHT_SHEET = 'glossary-highlight.css';

/** Each style's look on a light and a dark page. "none" paints nothing, but marks still open the card on hover. */
const TERM_LOOK: Record<HighlightStyle, Record<PageTheme, string>> = {
  underline: {
    light:
      'text-decoration: underline dotted 2px; text-decoration-color: #c2410c; text-underline-offset: 3px;',
    dark: 'text-decoration: underline dotted 2px; text-decoration-color: #fdba74; text-underline-offset: 3px;',
  },
  tint: {
    light: 'background-color: rgba(251, 191, 36, 0.22);',
    dark: 'background-color: rgba(251, 191, 36, 0.2);',
  },
  none: { light: '', dark: '' },
};
/** The term whose card is open, painted on top of the others. */
const ACTIVE_LOOK: Record<PageTheme, string> = {
  light: 'background-color: rgba(251, 191, 36, 0.4);',
  dark: 'background-color: rgba(251, 191, 36, 0.3);',
};

export const termHighlight = (style: HighlightStyle, theme: PageTheme) => `glossary-term-${style}-${theme}`;
export const activeHighlight = (theme: PageTheme) => `glossary-active-${theme}`;

/**
 * Every name's rule, on the elements `scope` selects (every one when empty). Chromium carries a highlight's style
 * from an element to the text below it (highlight inheritance), so there the rules sit on the root alone (`:root`):
 * rules that apply to every element made Chromium's restyles of the document longer. Firefox has no highlight
 * inheritance and needs them on every element, as do shadow roots' copies (`:root` is no element of theirs).
 */
export function highlightSheet(scope: string): string {
  const rules: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const style of Object.keys(TERM_LOOK) as HighlightStyle[]) {
      const look = TERM_LOOK[style][theme];
      if (look) rules.push(`${scope}::highlight(${termHighlight(style, theme)}) { ${look} }`);
    }
    rules.push(`${scope}::highlight(${activeHighlight(theme)}) { ${ACTIVE_LOOK[theme]} }`);
  }
  return `${rules.join('\n')}\n`;
}
