// Collects a page's visible text as blocks: the text of one paragraph, list item, cell or heading, with its text
// nodes, so a term split across inline elements (<em>Remain in</em> Mexico) is one match while block boundaries
// (p, li, td, headings, br) are never crossed. Blocks are decided by tag name, not computed style: reading styles
// for every node would cost more than all the matching.

import type { Region } from '@/glossary/context';
import { createRegionFinder, createStoryFinder } from './regions';
import {
  isBlockBoundary,
  isInlineName,
  isInsideSkipped,
  isSkippedName,
  mayHostShadow,
  skippedByAttribute,
} from './tags';

// DOM constants by value, so this module also runs on a parsed document outside a browser (the scan CLI).
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

const NOT_BLANK = /\S/;
/** How many nodes between blocks the reader passes before it reads the clock again (see read()). */
const CLOCK_EVERY = 16;
/** Whether a text holds only white space; most text is answered from its first character. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !NOT_BLANK.test(text);
}

export interface TextBlock {
  /** The element that contains the block (for ordering by position and rescans). */
  element: Element;
  text: string;
  nodes: Text[];
  /**
   * Offset of each node's text in `text`. Between two links that touch ("…anniversary</a><a>DACA…"), which pages
   * lay out as separate boxes, the text holds a line break that no node has.
   */
  starts: number[];
  /** Where the block sits on the page: the body, navigation, a list of links, a sidebar, comments… */
  region: Region;
  /** The story (a section or article with its own heading) the block is in, numbered per read; 0 when none. */
  story: number;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** The letters and digits of U+0080–U+00BF (ª ² ³ µ ¹ º ¼ ½ ¾). */
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
/**
 * Whether a UTF-16 unit is a letter or digit (as WORD_START reads it); -1 when it takes the whole string. Latin
 * letters and the General Punctuation block (U+2000–U+206F: spaces, dashes, quotes; no letter) are answered
 * without WORD_CHAR, whose Unicode classes cost a page ~0.4 ms to compile at their first use.
 */
export function wordUnit(code: number): 0 | 1 | -1 {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  if (code < 0xc0) return LATIN1_WORD.has(code) ? 1 : 0;
  // Latin-1's and Latin Extended-A's and -B's letters, all but × and ÷.
  if (code < 0x250) return code === 0xd7 || code === 0xf7 ? 0 : 1;
  if (code >= 0x2000 && code <= 0x206f) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return -1;
  return WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
}
/** Whether `text` starts with a letter or digit (one code unit read, for the common case). */
function startsWord(text: string): boolean {
  const unit = wordUnit(text.charCodeAt(0));
  return unit === -1 ? WORD_START.test(text) : unit === 1;
}
function endsWord(text: string): boolean {
  const unit = wordUnit(text.charCodeAt(text.length - 1));
  return unit === -1 ? WORD_END.test(text) : unit === 1;
}
/** Blocks that are a list entry or a box rather than a paragraph: all links, they are a list of links. */
const PROSE = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'DD',
  'FIGCAPTION',
]);

/**
 * Blocks whose page lists their text nodes itself, in reading order: the PDF reader's text layers, where a page's
 * text is thousands of positioned spans of one text each. Such a block is read from its list, not by a walk of its
 * nodes (a walk's cost is per node).
 */
const listed = new WeakMap<Element, { nodes: readonly Text[]; children: number }>();

/**
 * Declares `element` one block whose text is `nodes`, in this order: each the text of one of its children (a
 * child's text not listed, such as a hidden line, is not read). It is read as a walk would read those children.
 */
export function listBlockText(element: Element, nodes: readonly Text[]): void {
  listed.set(element, { nodes, children: element.childElementCount });
}

/**
 * The listed text of `element` while it keeps its children (as many, the first and last listed nodes still
 * theirs); else the list is forgotten and the element walked.
 */
function listedText(element: Element): readonly Text[] | undefined {
  const found = listed.get(element);
  if (!found) return undefined;
  const { nodes, children } = found;
  const kept = (node: Text | undefined) => !node || node.parentNode?.parentNode === element;
  if (element.childElementCount !== children || !kept(nodes[0]) || !kept(nodes.at(-1))) {
    listed.delete(element);
    return undefined;
  }
  return nodes;
}

/** Collects the text blocks under `root` (an element, document or shadow root), in document order. */
export function collectBlocks(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): TextBlock[] {
  const reader = createBlockReader(root, onShadowRoot);
  reader.read(Number.POSITIVE_INFINITY);
  return reader.blocks;
}

export interface BlockReader {
  /** The blocks read so far, in document order. */
  blocks: TextBlock[];
  /**
   * Reads on until `deadline` (a performance.now() time) has passed at a block boundary, or to the end: true when
   * the whole root has been read. A big page is read in several calls, with the page's own work between them.
   */
  read(deadline: number): boolean;
}

/** A reader of the blocks under `root` that can stop between two blocks and carry on later. */
export function createBlockReader(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): BlockReader {
  const blocks: TextBlock[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // The text of all blocks read in one call is joined once and each block gets a slice of it (a view, no copy):
  // a join per block costs more than the rest of reading, and a string grown by += is a chain of pieces that
  // the matcher would then read character by character through the chain.
  let current: TextBlock | null = null;
  let parts: string[] = [];
  let length = 0; // of the text in `parts`
  let blockStart = 0;
  /** Blocks of this call with their offsets in the call's text: [block, start, end, …]. */
  let unsliced: (TextBlock | number)[] = [];
  /** The block element whose blank text (outside links) was just passed over, while no block is open. */
  let blankIn: Element | null = null;
  const flush = () => {
    if (current) unsliced.push(current, blockStart, length);
    current = null;
    blockStart = length;
    blankIn = null;
  };
  /** Ends a call: the blocks read get their text, and the ones with only whitespace are dropped. */
  const sliceBlocks = () => {
    flush();
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    for (let i = 0; i < unsliced.length; i += 3) {
      const block = unsliced[i] as TextBlock;
      if (
        block.region === 'body' &&
        linkOnly.has(block) &&
        !PROSE.has(block.element.nodeName.toUpperCase())
      ) {
        block.region = 'links';
      }
      block.text = text.slice(unsliced[i + 1] as number, unsliced[i + 2] as number);
      if (NOT_BLANK.test(block.text)) blocks.push(block);
    }
    parts = [];
    length = 0;
    blockStart = 0;
    unsliced = [];
    linkOnly.clear();
  };

  const blockOf = new Map<Element, Element>();
  /** The link (A element) a text's parent is in, below its block; null when none. */
  const linkOf = new Map<Element, Element | null>();
  const blockAncestor = (parent: Element): Element => {
    let found = blockOf.get(parent);
    if (!found) {
      found = parent;
      let link: Element | null = null;
      while (!isBlockBoundary(found) && found.parentElement) {
        if (!link && found.nodeName.toUpperCase() === 'A') link = found;
        found = found.parentElement;
      }
      blockOf.set(parent, found);
      linkOf.set(parent, link);
    }
    return found;
  };
  const regionOf = createRegionFinder();
  const storyOf = createStoryFinder();
  /** Blocks of this call whose every text is inside a link. */
  const linkOnly = new Set<TextBlock>();
  let lastLink: Element | null = null;
  let lastParent: Element | null = null;

  // isSkippedElement's attribute half, looked up once for the whole root.
  const attributeSkipped = skippedByAttribute(root);
  // No filter callback: calling into JS for every node costs ~30x the walk itself. Skipped subtrees are
  // stepped over by hand instead.
  let walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const nextOutside = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode() || walker.currentNode === root) return null;
    }
  };
  // Text already read, consulted only after the page removed the node the walk had stopped on (see read()).
  let alreadyRead: Set<Text> | null = null;
  const readShadows = new Set<ShadowRoot>();
  // The node the walk stopped on, not read yet; undefined before the first read.
  let next: Node | null | undefined;
  // The root itself may be inside a skipped region (a rescan of part of a page).
  let done = root.nodeType !== DOCUMENT_NODE && isInsideSkipped(root);
  /** Reads a block from its list of text nodes (listBlockText), as the walk would read them. */
  const readListed = (element: Element, nodes: readonly Text[]) => {
    flush();
    const block: TextBlock = {
      element,
      text: '',
      nodes: [],
      starts: [],
      region: regionOf(element),
      story: storyOf(element),
    };
    for (const node of nodes) {
      block.starts.push(length - blockStart);
      block.nodes.push(node);
      parts.push(node.data);
      length += node.data.length;
    }
    current = block;
    flush();
    lastParent = null;
    lastLink = null;
  };

  return {
    blocks,
    read(deadline) {
      if (done) return true;
      const rootText = next === undefined && root.nodeType === ELEMENT_NODE && listedText(root as Element);
      if (rootText) {
        readListed(root as Element, rootText);
        sliceBlocks();
        done = true;
        next = null;
        return true;
      }
      if (next === undefined) next = walker.nextNode();
      else if (next && !next.isConnected) {
        // Between two reads the page removed where the walk stood: walk again from the root, past what was read.
        // (The page's changes themselves are the MutationObserver's, observe.ts.)
        alreadyRead = new Set(blocks.flatMap((block) => block.nodes));
        walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
        next = walker.nextNode();
      }
      let node = next;
      let readText = false;
      // The clock is read at the first chance to stop, then at every CLOCK_EVERY-th (each node between blocks is
      // one: reading it at each was a large share of reading a dense page).
      let unclocked = CLOCK_EVERY - 1;
      for (; node; node = walker.nextNode()) {
        // Stop only between blocks, so no block is split in two, and only once this call has read some text.
        if (!current && readText && ++unclocked >= CLOCK_EVERY) {
          unclocked = 0;
          if (performance.now() > deadline) {
            next = node;
            sliceBlocks();
            return false;
          }
        }
        // Each node's type and an element's name are read once (every DOM read costs a call into the browser).
        let type = node.nodeType;
        let name = '';
        for (;;) {
          if (type !== ELEMENT_NODE) break;
          const element = node as Element;
          name = element.nodeName;
          if (isSkippedName(name) || attributeSkipped.has(element)) flush();
          else {
            const nodes = listedText(element);
            if (!nodes) break;
            readListed(element, nodes);
            readText = true;
          }
          node = nextOutside();
          if (!node) break;
          type = node.nodeType;
        }
        if (!node) break;
        if (type === ELEMENT_NODE) {
          if (!isInlineName(name)) flush();
          // Open shadow roots (web components) are read too; closed ones are private to the page.
          const shadow = mayHostShadow(name) ? (node as Element).shadowRoot : null;
          if (shadow && !readShadows.has(shadow)) {
            readShadows.add(shadow);
            sliceBlocks();
            onShadowRoot?.(shadow);
            blocks.push(...collectBlocks(shadow, onShadowRoot));
          }
          continue;
        }
        const text = node as Text;
        const parent = text.parentElement;
        if (!parent || alreadyRead?.has(text)) continue;
        // The block and link around the text: looked up without the cache where it is one step away (a text
        // layer's spans, each the parent of one text, would fill it with one entry each).
        let block: Element;
        let link: Element | null = null;
        const up = parent.parentElement;
        const parentName = up ? parent.nodeName : '';
        if (!up || !isInlineName(parentName)) block = parent;
        else if (!up.parentElement || !isInlineName(up.nodeName)) {
          block = up;
          if (parentName === 'A' || parentName === 'a') link = parent;
        } else {
          block = blockAncestor(parent);
          link = linkOf.get(parent) ?? null;
        }
        if (current && (current as TextBlock).element !== block) flush();
        const data = text.data;
        if (!current) {
          // A block does not start with blank text: the line breaks and indentation between a page's block
          // elements would each open a block of their own, found blank only once read. Blank text outside a link
          // still keeps the block that follows from counting as all links, as it did inside it.
          if (isBlank(data)) {
            if (!link) blankIn = block;
            continue;
          }
          current = {
            element: block,
            text: '',
            nodes: [],
            starts: [],
            region: regionOf(block),
            story: storyOf(block),
          };
          if (link && blankIn !== block) linkOnly.add(current);
          blankIn = null;
        } else {
          if (!link) linkOnly.delete(current);
          // Words that touch across two elements laid out as separate boxes do not run together: two links
          // (always), or inline elements the page styles as boxes (flex items, inline blocks), asked only here.
          if (
            lastParent &&
            lastParent !== parent &&
            startsWord(data) &&
            endsWord(parts.at(-1) ?? '') &&
            ((link && lastLink && link !== lastLink) || boxesApart(lastParent, parent, block))
          ) {
            // A line break, not a space: in a link list each box is its own item ("…returns\nCoyotes trade
            // deadline"), and the sense model reads a corner's items apart (context.ts decideItems).
            parts.push('\n');
            length += 1;
          }
        }
        lastLink = link;
        lastParent = parent;
        const open = current as TextBlock;
        open.starts.push(length - blockStart);
        open.nodes.push(text);
        parts.push(data);
        length += data.length;
        readText = true;
      }
      sliceBlocks();
      done = true;
      next = null;
      return true;
    },
  };
}

/** Inline elements from `element` up to `block` (excluded). */
function inlineChain(element: Element, block: Element): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = element; el && el !== block; el = el.parentElement) chain.push(el);
  return chain;
}

const INLINE_DISPLAY = new Set(['inline', 'contents', 'ruby', 'ruby-base', 'ruby-text']);

/**
 * Whether the text in `before` and the text in `after` (both inside `block`) sit in separate boxes: an element
 * around one and not the other is displayed in the flow as something other than inline (a flex item is, whatever
 * its tag), or is an inline box set apart on the side where the words meet, by a margin, padding or border (tag
 * pills: `<span class="tag">DACA</span><span class="tag">TPS</span>`) or by generated content (a "·" between
 * breadcrumb items).
 * Reads computed styles, so it is asked only where two words touch across elements, which prose rarely does.
 */
function boxesApart(before: Element, after: Element, block: Element): boolean {
  const view = block.ownerDocument?.defaultView;
  if (!view?.getComputedStyle) return false;
  const first = inlineChain(before, block);
  const second = inlineChain(after, block);
  const shared = new Set(first.filter((el) => second.includes(el)));
  const sides: [Element, 'right' | 'left'][] = [
    ...first.filter((el) => !shared.has(el)).map((el): [Element, 'right'] => [el, 'right']),
    ...second.filter((el) => !shared.has(el)).map((el): [Element, 'left'] => [el, 'left']),
  ];
  for (const [el, side] of sides) {
    // Placed by its own style attribute (a PDF text layer's spans): no computed style needed, which would make the
    // browser bring the style of content it skips (content-visibility) up to date.
    const inline = (el as HTMLElement).style?.position;
    if (inline === 'absolute' || inline === 'fixed') continue;
    const style = view.getComputedStyle(el);
    // A positioned element is placed by coordinates, not in the flow: its display is a box whatever it holds, so
    // it says nothing of words running apart (a PDF text layer is such spans, one per piece of a printed line).
    if (style.position === 'absolute' || style.position === 'fixed') continue;
    if (!INLINE_DISPLAY.has(style.display)) return true;
    const gap = ['margin', 'padding', 'border'].some(
      (box) =>
        Number.parseFloat(style.getPropertyValue(`${box}-${side}${box === 'border' ? '-width' : ''}`)) > 0,
    );
    if (gap || generated(view, el, side === 'right' ? '::after' : '::before')) return true;
  }
  return false;
}

/** Whether `pseudo` of an element generates content (a separator drawn between items). */
function generated(view: Window, el: Element, pseudo: '::before' | '::after'): boolean {
  const content = view.getComputedStyle(el, pseudo).content;
  return content !== '' && content !== 'none' && content !== 'normal' && content !== '""';
}

/** Maps an offset in a block's text to the text node holding it and the offset inside that node. */
export function locate(
  block: TextBlock,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number; index: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset belongs to the node it ends in, not the next node starting there.
    if (isEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]!, index: lo };
}
