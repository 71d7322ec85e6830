// The content script's state, reported on <html> for tests and tools (docs/design.md, "Contracts").
// These two attributes are the only ones Glosa sets on the page.
export type PageState = 'scanning' | 'ready' | 'off';

export function setPageState(doc: Document, state: PageState, terms: number): void {
  const html = doc.documentElement;
  if (html.getAttribute('data-glossary-state') !== state) html.setAttribute('data-glossary-state', state);
  if (html.getAttribute('data-glossary-terms') !== String(terms))
    html.setAttribute('data-glossary-terms', String(terms));
}
