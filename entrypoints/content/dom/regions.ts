// Where a block sits on its page (glossary/context.ts `Region`): the article body, or navigation, a sidebar, a
// list of links, comments, an ad or a footer, whose ambiguous terms need evidence of their own. Found from
// landmarks (tags and ARIA roles), the class and id names sites give these parts, and what a section's label or
// leading heading calls it ("Most read", "Comentarios"), one answer per element,
// cached, so a page's blocks cost one walk up to the nearest answered ancestor.
import type { Region } from '@/glossary/context';

const ELEMENT_NODE = 1;

const BY_TAG: Record<string, Region> = { NAV: 'nav', ASIDE: 'aside', FOOTER: 'footer' };
const BY_ROLE: Record<string, Region> = {
  navigation: 'nav',
  menu: 'nav',
  menubar: 'nav',
  banner: 'nav',
  complementary: 'aside',
  contentinfo: 'footer',
  comment: 'comments',
  main: 'body',
  article: 'body',
};
/** Class and id names, in English and Spanish, tested in this order. */
const BY_NAME: [RegExp, Region][] = [
  [/comment|comentario|disqus|respuestas/, 'comments'],
  [
    /(^|[-_ ])(ads?|advert\w*|sponsor\w*|patrocinad\w*|promo\w*|publicidad|anuncio\w*|dfp|gpt-ad|outbrain|taboola|subscribe|suscri\w*)([-_ ]|$)/,
    'ad',
  ],
  [
    /most[-_]?(read|popular|viewed)|popular|trending|ticker|related|relacionad|recommend|recomendad|sidebar|lo[-_]mas|mas[-_](leid|vist)|tendencia|more[-_](stories|news)|read[-_]more|recirc|te[-_]puede|otras[-_]notas|(^|[-_ ])rail([-_ ]|$)/,
    'aside',
  ],
  [/(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|migas|masthead|site[-_]header)([-_ ]|$)/, 'nav'],
  [/(^|[-_ ])(site[-_])?footer([-_ ]|$)|(^|[-_ ])pie([-_ ]|$)/, 'footer'],
];

/** What a section's label or heading says it is ("Most read", "Lo más leído", "Comentarios"). */
const BY_LABEL: [RegExp, Region][] = [
  [/^(comments?|comentarios?|\d+ comments?|\d+ comentarios?)\b/i, 'comments'],
  [/^(advertisement|sponsored|publicidad|patrocinado|anuncio)\b/i, 'ad'],
  [
    /^(most (read|popular|viewed|shared)|trending|related|recommended|more (from|stories|news)|read more|you may also like|lo más (leído|visto)|más (leídas|vistas|leídos)|tendencias?|relacionad[oa]s|te puede interesar|también te puede interesar|otras notas|recomendad[oa]s)\b/i,
    'aside',
  ],
];
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** The region a section's aria-label or leading heading names, or null. `attributes`: whether it has any. */
function labelRegion(element: Element, attributes: boolean): Region | null {
  let label = attributes ? element.getAttribute('aria-label') : null;
  if (!label) {
    const first = element.firstElementChild;
    if (!first || !(HEADINGS.has(first.nodeName.toUpperCase()) || first.getAttribute('role') === 'heading'))
      return null;
    label = first.textContent;
  }
  // A short label only: "Most read", "Related coverage", not a section heading that starts with "Related".
  const text = label?.trim() ?? '';
  if (!text || text.length > 40 || text.split(/\s+/).length > 4) return null;
  for (const [pattern, region] of BY_LABEL) if (pattern.test(text)) return region;
  return null;
}

/** The region of an element's own markup, or null to ask its parent. */
function ownRegion(element: Element): Region | null {
  const tag = element.nodeName.toUpperCase();
  if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return 'body';
  // Most elements have no attributes at all (a paragraph, a text layer's span): their tag and first child say.
  const attributes = element.hasAttributes();
  const role = attributes ? element.getAttribute('role') : null;
  if (role && BY_ROLE[role]) return BY_ROLE[role]!;
  if (BY_TAG[tag]) return BY_TAG[tag]!;
  // A page's header is navigation; an article's header holds its title.
  if (tag === 'HEADER')
    return element.parentElement?.closest('article, main, [role="main"]') ? 'body' : 'nav';
  const names = attributes ? `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase() : '';
  if (names.trim()) for (const [pattern, region] of BY_NAME) if (pattern.test(names)) return region;
  return labelRegion(element, attributes);
}

/** A cached lookup of elements' regions, for one read of a page. */
export function createRegionFinder(): (element: Element) => Region {
  const known = new Map<Element, Region>();
  return (element) => {
    const path: Element[] = [];
    let region: Region = 'body';
    for (let el: Element | null = element; el && el.nodeType === ELEMENT_NODE; el = el.parentElement) {
      const cached = known.get(el);
      if (cached) {
        region = cached;
        break;
      }
      path.push(el);
      const own = ownRegion(el);
      if (own) {
        region = own;
        break;
      }
    }
    for (const el of path) known.set(el, region);
    return region;
  };
}

/**
 * A cached lookup of the story a block is in: the outermost article or section (or role="article") that opens
 * with its own heading (directly, or in its header), so a long read's sections are one story; inside a container
 * of briefs (namesBriefs), each child section or article, or each heading's run of paragraphs. Numbered from 1 in
 * the order first found on the page (the same number in every read of it); 0 when none. On a page of several
 * short stories ("news in brief", "breves"), each brief is decided on its own evidence (page-scan.ts).
 */
export function createStoryFinder(): (element: Element) => number {
  const known = new Map<Element, number>();
  const briefs = new Map<Element, boolean>();
  const isBriefs = (element: Element) => {
    let answer = briefs.get(element);
    if (answer === undefined) {
      answer = namesBriefs(element);
      briefs.set(element, answer);
    }
    return answer;
  };
  /** A heading-led run in a container of briefs: the heading at or before the element; 0 before the first. */
  const run = (element: Element): number => {
    if (BRIEF_HEADINGS.has(element.nodeName.toUpperCase())) return storyNumber(element);
    for (let sib = element.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (BRIEF_HEADINGS.has(sib.nodeName.toUpperCase())) return storyNumber(sib);
      if (opensStory(sib)) return 0; // a brief of its own ends the run before it
      const answered = known.get(sib); // an earlier paragraph of the run, read before in document order
      if (answered !== undefined) return answered;
    }
    return 0;
  };
  return (element) => {
    // The path up to the first answered ancestor, or to the body or main element.
    const path: Element[] = [];
    let above = 0;
    for (let el: Element | null = element; el && el.nodeType === ELEMENT_NODE; el = el.parentElement) {
      const cached = known.get(el);
      if (cached !== undefined) {
        above = cached;
        break;
      }
      const tag = el.nodeName.toUpperCase();
      if (tag === 'BODY' || tag === 'MAIN') break;
      path.push(el);
    }
    // Down again: the outermost story holds its sections (a long read's parts are one story), but in a container
    // of briefs each child is its own: a section or article with its heading, or a heading's run of paragraphs.
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i]!;
      const parent = el.parentElement;
      let story: number;
      if (parent && isBriefs(parent)) story = opensStory(el) ? storyNumber(el) : run(el);
      else story = above || (opensStory(el) ? storyNumber(el) : 0);
      known.set(el, story);
      above = story;
    }
    return above;
  };
}

/** Headings that start a brief inside a container of briefs. */
const BRIEF_HEADINGS = new Set(['H2', 'H3', 'H4']);
/** Class and id names, and leading headings, of a container of briefs ("breves", "news in brief", a roundup). */
const BRIEFS_NAME = /(^|[-_ ])(briefs?|breves|en[-_]breve|in[-_]brief|roundup|resumen[-_]\w+)([-_ ]|$)/;
const BRIEFS_LABEL =
  /^(breves|en breve|news in brief|in brief|briefs|[\p{L} ]{0,30} (briefs|roundup|in brief)|(las )?breves de [\p{L} ]{1,30})$/iu;
/**
 * A word every label of BRIEFS_LABEL holds, tested first: compiling BRIEFS_LABEL (its Unicode letter classes,
 * case-insensitive) costs a page ~0.6 ms, and most headings are not labels of briefs.
 */
const BRIEFS_WORD = /brief|breve|roundup/i;

/**
 * Whether an element holds briefs as runs of headings and paragraphs: its class or id names say so, or its
 * first heading does ("Breves de Juárez", "County briefs"). Subheads of one article are not briefs.
 */
function namesBriefs(element: Element): boolean {
  if (element.hasAttributes()) {
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
    if (BRIEFS_NAME.test(names)) return true;
  }
  const first = element.firstElementChild;
  if (!isHeading(first)) return false;
  const label = first!.textContent?.trim() ?? '';
  return BRIEFS_WORD.test(label) && BRIEFS_LABEL.test(label);
}

const storyNumbers = new WeakMap<Element, number>();
let stories = 0;
function storyNumber(element: Element): number {
  let n = storyNumbers.get(element);
  if (n === undefined) {
    n = ++stories;
    storyNumbers.set(element, n);
  }
  return n;
}

/** Whether an element is an article or section (or role="article") that opens with its own heading. */
function opensStory(element: Element): boolean {
  const tag = element.nodeName.toUpperCase();
  return (
    (tag === 'ARTICLE' || tag === 'SECTION' || element.getAttribute('role') === 'article') &&
    opensWithHeading(element)
  );
}

function isHeading(element: Element | null): boolean {
  if (!element) return false;
  return /^H[1-6]$/.test(element.nodeName.toUpperCase()) || element.getAttribute('role') === 'heading';
}

/**
 * Whether an element opens with a heading: its first child element, or a header that starts with one; or its
 * second, after a kicker ("Report · November 2026", "Analysis") that is not itself a section or article, so a
 * report whose title follows its kicker holds its sections as one story.
 */
function opensWithHeading(element: Element): boolean {
  const first = element.firstElementChild;
  if (isHeadingOrHeader(first)) return true;
  if (!first || /^(?:ARTICLE|SECTION)$/.test(first.nodeName.toUpperCase())) return false;
  return isHeadingOrHeader(first.nextElementSibling);
}

function isHeadingOrHeader(element: Element | null): boolean {
  if (isHeading(element)) return true;
  return element?.nodeName.toUpperCase() === 'HEADER' && isHeading(element.firstElementChild);
}
