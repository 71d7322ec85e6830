// The one table of tag names that decides how a page's text is read: which elements are inline (their text joins
// the block around them), which are block boundaries, and which are skipped. The reader (collect-text.ts) and the
// live observer (observe.ts) both decide by it, so a change the observer sees is rescanned as the reader read it.

const ELEMENT_NODE = 1;

/**
 * Tag names as `nodeName` gives them: upper case for HTML elements, lower case for SVG and MathML in HTML and for
 * every element of an XML document. Looking both up saves a toUpperCase() per element on the hot path.
 */
function bothCases(names: string[]): Set<string> {
  return new Set(names.flatMap((name) => [name, name.toLowerCase()]));
}

/** Inline elements: their text belongs to the block around them. Everything else bounds a block. */
export const INLINE_TAGS = [
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'RUBY',
  'RB',
  'RP',
  'RT',
];
const INLINE = bothCases(INLINE_TAGS);

/** Elements whose text is never ours to mark: code, form fields, and our own UI. */
const SKIPPED = bothCases([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'GLOSSARY-CARD',
]);

export function isSkippedElement(element: Element): boolean {
  return isSkippedTag(element) || isSkippedByAttribute(element);
}

export const isSkippedTag = (element: Element) => SKIPPED.has(element.nodeName);
/** isSkippedTag and isBlockBoundary by `nodeName`, for a walk that reads each element's name once. */
export const isSkippedName = (name: string) => SKIPPED.has(name);
export const isInlineName = (name: string) => INLINE.has(name);

/** The elements `attachShadow` accepts (and declarative shadow roots): others never have an open shadow root. */
const SHADOW_HOSTS = bothCases([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);
/** Whether an element of this `nodeName` may host a shadow root: one of SHADOW_HOSTS or a custom element. */
export const mayHostShadow = (name: string) => SHADOW_HOSTS.has(name) || name.includes('-');

function isSkippedByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The elements under `root` that attributes make skipped: one selector query instead of two reads per element. */
export function skippedByAttribute(root: Node): Set<Element> {
  const query = (root as ParentNode).querySelectorAll?.('[hidden], [contenteditable]');
  return new Set([...(query ?? [])].filter(isSkippedByAttribute));
}

export function isBlockBoundary(element: Element): boolean {
  return !INLINE.has(element.nodeName);
}

/** True when text under this node must not be collected (inside a skipped element or an editable region). */
export function isInsideSkipped(node: Node): boolean {
  for (let el: Element | null = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The block element a node's text belongs to: the nearest ancestor (or the node itself) that is not inline. */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && !isBlockBoundary(element) && element.parentElement) element = element.parentElement;
  return element;
}
