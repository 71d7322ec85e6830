// Where a block sits on its page (glossary/context.ts `Region`): the article body, or navigation, a sidebar, a
// list of links, comments, an ad or a footer, whose ambiguous terms need evidence of their own. Found from
// landmarks (tags and ARIA roles) and the class and id names sites give these parts, one answer per element,
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
    /most[-_]?(read|popular|viewed)|popular|trending|related|relacionad|recommend|recomendad|sidebar|lo[-_]mas|mas[-_](leid|vist)|tendencia|more[-_](stories|news)|read[-_]more|recirc|te[-_]puede|otras[-_]notas|(^|[-_ ])rail([-_ ]|$)/,
    'aside',
  ],
  [/(^|[-_ ])(nav|navbar|navigation|menu|breadcrumbs?|migas|masthead|site[-_]header)([-_ ]|$)/, 'nav'],
  [/(^|[-_ ])(site[-_])?footer([-_ ]|$)|(^|[-_ ])pie([-_ ]|$)/, 'footer'],
];

/** The region of an element's own markup, or null to ask its parent. */
function ownRegion(element: Element): Region | null {
  const tag = element.nodeName.toUpperCase();
  if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return 'body';
  const role = element.getAttribute('role');
  if (role && BY_ROLE[role]) return BY_ROLE[role]!;
  if (BY_TAG[tag]) return BY_TAG[tag]!;
  // A page's header is navigation; an article's header holds its title.
  if (tag === 'HEADER')
    return element.parentElement?.closest('article, main, [role="main"]') ? 'body' : 'nav';
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  if (names.trim()) for (const [pattern, region] of BY_NAME) if (pattern.test(names)) return region;
  return null;
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
