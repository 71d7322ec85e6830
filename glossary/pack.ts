// The matcher as the content script ships it. Parsing every form of the glossary on every page load would cost
// more than matching a typical article, while a page meets only a few hundred of the ~1,300 first words. So the
// build writes one header line (ids, categories, first-word hashes, where each group's JSON starts) followed by
// the groups' JSON back to back; loading parses the header only, and each group is parsed the first time a page
// word has its hash (see groupAt in match.ts).
import type { MatcherData } from './compile';
import { firstWordFilter, type Matcher } from './match';

interface PackHeader {
  ids: string[];
  categories: MatcherData['categories'];
  jurisdictions: number[];
  hashes: number[];
  /** Offsets of each group's JSON in the body, plus the body's end. */
  offsets: number[];
}

export function packMatcher(data: MatcherData): string {
  const parts = data.groups.map(([, group]) => JSON.stringify(group));
  const offsets = [0];
  for (const part of parts) offsets.push(offsets.at(-1)! + part.length);
  const header: PackHeader = {
    ids: data.ids,
    categories: data.categories,
    jurisdictions: data.jurisdictions,
    hashes: data.groups.map(([hash]) => hash),
    offsets,
  };
  return `${JSON.stringify(header)}\n${parts.join('')}`;
}

const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n));

/** The matcher from its packed text; a clear error when the text is not a packed matcher (a damaged file). */
export function unpackMatcher(packed: string): Matcher {
  const newline = packed.indexOf('\n');
  if (newline < 0) throw new Error('packed matcher: no header line');
  let header: PackHeader;
  try {
    header = JSON.parse(packed.slice(0, newline)) as PackHeader;
  } catch {
    throw new Error('packed matcher: the header line is not JSON');
  }
  const body = newline + 1;
  const { ids, categories, jurisdictions, hashes, offsets } = header ?? {};
  const sound =
    Array.isArray(ids) &&
    Array.isArray(categories) &&
    categories.length === ids.length &&
    isNumberList(jurisdictions) &&
    jurisdictions.length === ids.length &&
    isNumberList(hashes) &&
    isNumberList(offsets) &&
    offsets.length === hashes.length + 1 &&
    offsets.every((offset, i) => offset >= (offsets[i - 1] ?? 0)) &&
    body + offsets.at(-1)! === packed.length;
  if (!sound) throw new Error('packed matcher: the header does not describe the body (a damaged file)');
  const byFirstWord: Matcher['byFirstWord'] = new Map();
  hashes.forEach((hash, index) => {
    byFirstWord.set(hash, packed.slice(body + offsets[index]!, body + offsets[index + 1]!));
  });
  return {
    data: { ids, categories, jurisdictions, groups: [] },
    byFirstWord,
    firstWords: firstWordFilter(byFirstWord),
  };
}
