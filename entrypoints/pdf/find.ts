// Find in the document: the text layers searched the way Glosa matches terms (case, accents, hyphenation at line
// ends and line breaks folded by glossary/normalize.ts), results painted with their own highlight.
import { fold } from '@/glossary/normalize';
import { textNodesOf } from './text-layer';

const ALL = 'pdf-find';
const CURRENT = 'pdf-find-current';

export interface Finder {
  /** Searches the text layers for `query`; returns how many results there are. */
  search(query: string, layers: HTMLElement[]): number;
  /** Moves to the next (or previous) result and scrolls it into view; returns its 1-based position. */
  step(forward: boolean): number;
  clear(): void;
}

export function createFinder(): Finder {
  let results: Range[] = [];
  let index = -1;
  const show = () => {
    if (typeof Highlight === 'undefined') return;
    CSS.highlights.set(ALL, new Highlight(...results));
    const current = results[index];
    if (current) CSS.highlights.set(CURRENT, new Highlight(current));
    else CSS.highlights.delete(CURRENT);
  };
  return {
    search(query, layers) {
      results = [];
      index = -1;
      const needle = fold(query).text.trim();
      if (needle) {
        for (const layer of layers) {
          const nodes = textNodesOf(layer);
          const starts: number[] = [];
          let length = 0;
          for (const node of nodes) {
            starts.push(length);
            length += node.data.length;
          }
          const folded = fold(nodes.map((node) => node.data).join(''));
          const at = (offset: number) => {
            let k = starts.length - 1;
            while (k > 0 && starts[k]! > offset) k--;
            return { node: nodes[k]!, offset: offset - starts[k]! };
          };
          for (
            let from = folded.text.indexOf(needle);
            from >= 0;
            from = folded.text.indexOf(needle, from + 1)
          ) {
            const start = at(folded.start[from]!);
            const end = at(folded.end[from + needle.length - 1]! - 1);
            const range = document.createRange();
            range.setStart(start.node, start.offset);
            range.setEnd(end.node, end.offset + 1);
            results.push(range);
          }
        }
      }
      show();
      return results.length;
    },
    step(forward) {
      if (results.length === 0) return 0;
      index = (index + (forward ? 1 : -1) + results.length) % results.length;
      show();
      results[index]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return index + 1;
    },
    clear() {
      results = [];
      index = -1;
      if (typeof Highlight === 'undefined') return;
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    },
  };
}
