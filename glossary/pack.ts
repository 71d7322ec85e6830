// The matcher as the content script ships it. Parsing every form of the glossary on every page load would cost
// more than matching a typical article, while a page meets only a few hundred of the ~2,000 first words. So the
// build writes one header line (ids, categories, first-word hashes in ascending order, where each group's text
// starts) followed by the groups' text back to back; loading parses the header only, and each group is parsed the
// first time a page word has its hash (groupAt in match.ts, through the matcher's `packed` index).
// The topic lexicon (topic.ts) follows the groups, as numbers (packTopic), parsed the first time a decision needs
// a passage's topic.
// The file is ASCII (other characters as JSON \u escapes), so the page holds it as one byte per character.
import type { MatcherData } from './compile';
import { firstWordFilter, type Matcher, type PackedGroups } from './match';
import { packTopic } from './topic';

interface PackHeader {
  ids: string[];
  categories: MatcherData['categories'];
  jurisdictions: number[];
  /** First-word hashes, ascending. */
  hashes: number[];
  /** Offsets of each group's text in the body, plus the groups' end. */
  offsets: number[];
  /** The length of the topic lexicon's JSON (packTopic's numbers) after the groups (0: none). */
  topic: number;
}

/** JSON with every character outside ASCII as a \u escape. */
const ascii = (json: string) =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function packMatcher(data: MatcherData): string {
  const groups = [...data.groups].sort((a, b) => a[0] - b[0]);
  const parts = groups.map(([, [candidates, nextKeys]]) => ascii(JSON.stringify([candidates, nextKeys])));
  const offsets = [0];
  for (const part of parts) offsets.push(offsets.at(-1)! + part.length);
  const topic = data.topic ? JSON.stringify(packTopic(data.topic)) : '';
  const header: PackHeader = {
    ids: data.ids,
    categories: data.categories,
    jurisdictions: data.jurisdictions,
    hashes: groups.map(([hash]) => hash),
    offsets,
    topic: topic.length,
  };
  return `${ascii(JSON.stringify(header))}\n${parts.join('')}${topic}`;
}

/**
 * A typed copy of a list of numbers, made by the engine (a loop checking each number cost ~1 ms on a page). A
 * damaged number there only loses its group's terms: the group is then not found, or its text does not parse.
 */
const int32s = (value: unknown): Int32Array | null => (Array.isArray(value) ? new Int32Array(value) : null);

/** The matcher from its packed text; a clear error when the text is not a packed matcher (a damaged file). */
export function unpackMatcher(packed: string): Matcher {
  const newline = packed.indexOf('\n');
  if (newline < 0) throw new Error('packed matcher: no header line (a damaged file)');
  let header: PackHeader;
  try {
    header = JSON.parse(packed.slice(0, newline)) as PackHeader;
  } catch {
    throw new Error('packed matcher: the header line is not JSON (a damaged file)');
  }
  const body = newline + 1;
  const { ids, categories, jurisdictions, topic } = header ?? {};
  const hashes = int32s(header?.hashes);
  const offsets = int32s(header?.offsets);
  const sound =
    Array.isArray(ids) &&
    Array.isArray(categories) &&
    categories.length === ids.length &&
    Array.isArray(jurisdictions) &&
    jurisdictions.length === ids.length &&
    jurisdictions.every((n) => Number.isInteger(n)) &&
    hashes !== null &&
    offsets !== null &&
    offsets.length === hashes.length + 1 &&
    offsets[0] === 0 &&
    Number.isInteger(topic) &&
    body + offsets[hashes.length]! + topic === packed.length;
  if (!sound) throw new Error('packed matcher: the header does not describe the body (a damaged file)');
  const groups: PackedGroups = {
    text: packed,
    body,
    hashes,
    offsets,
    topicAt: body + offsets[hashes.length]!,
  };
  return {
    data: { ids, categories, jurisdictions, groups: [] },
    byFirstWord: new Map(),
    firstWords: firstWordFilter(hashes),
    packed: groups,
  };
}
