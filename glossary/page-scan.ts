// The page scan: the one engine that turns a page's text blocks into decided marks and per-entry tallies, used by
// the content script (block by block, as the page is read and as it changes), `npm run scan` and the handout.
//
//   const scan = createPageScan(matcher);
//   scan.add(block, text, region, story);  // each block, in any order; `block` is the caller's handle for it
//   const { added, removed } = scan.settle();   // after a batch: marks to paint and marks to take away
//   scan.settle(false);               // mid-batch: only the new blocks (page-wide changes wait for settle())
//   scan.drop(block);                 // the block changed or left the page (its marks come back in `removed`)
//   tally(marksInReadingOrder);       // per-entry counts and surfaces, for the popup, handout and CLI
//
// Sense decisions (glossary/context.ts) can depend on the whole page, so settle() may also take back or add
// marks in blocks read earlier; a caller that applies `added` and `removed` always shows what marks() holds.

import { isPlace } from './categories';
import {
  type BlockFacts,
  blockFacts,
  type Decided,
  decideItems,
  mayStandAlone,
  noVotes,
  type PageFacts,
  type PageTopic,
  pageAccepts,
  pageCounts,
  pageEvidence,
  pageKey,
  pageOutweighs,
  type Reason,
  type Region,
  speaks,
  storyFacts,
} from './context';
import { type FormLanguage, findMatches, type Match, type Matcher, topicLexicon } from './match';
import { PERSONAL_CATEGORY } from './personal';
import { passageTopic } from './topic';

export { type EntryTally, type Tallied, tally } from './tally';

export interface PageMark<B> {
  /** A number no other mark of this scan has (a handle for whoever keeps its own copy: the engine's wire marks). */
  id: number;
  /** The caller's handle of the block the mark is in. */
  block: B;
  /** Offsets in the block's text, end exclusive. */
  start: number;
  end: number;
  /** Index into the matcher's entries, and the entry's id. */
  entry: number;
  entryId: string;
  /** The text as written in the block. */
  surface: string;
  lang: FormLanguage;
  ambiguous: boolean;
  /** Why the mark is there: an unambiguous form, or the evidence that decided an ambiguous one's sense. */
  reason: Reason;
  /** The ids of the other entries with this form, not chosen here (another country's); absent when none. */
  alternatives?: string[];
}

export interface ScanOptions {
  /** Categories the reader wants marked (absent: all). Unwanted entries still count as evidence. */
  categories?: ReadonlySet<string>;
  /** Keep only one mark of each entry: the first decided while it lasts. */
  firstOccurrenceOnly?: boolean;
}

export interface PageScan<B> {
  /**
   * Matches one block's text; true when it holds any match. Its marks are decided at the next settle().
   * `region` is where the block sits on the page (default 'body'); `story` the story it is in (a section or article
   * with its own heading; any key, falsy for none): on a page of several stories, a story's body blocks are
   * decided on its own facts (storyFacts).
   */
  add(block: B, text: string, region?: Region, story?: unknown): boolean;
  /** Forgets a block (its text changed or it left the page); its marks come back in the next settle()'s `removed`. */
  drop(block: B): void;
  /**
   * Decides what changed since the last call: marks of new blocks, and of earlier ones whose sense changed. With
   * `pageWide` false (block by block inside a batch), only new blocks: re-deciding every earlier block each time
   * the page's verdict moves made a dense page's first scan quadratic (a 1.1 MB page whose English and Spanish
   * paragraphs tipped the jurisdiction vote back and forth re-decided ~2,000 blocks after most blocks), under the
   * page's facts as last made (made again once stale(): on a long page not after every block); the batch's last
   * settle() then brings earlier blocks up to date once.
   */
  settle(pageWide?: boolean): { added: PageMark<B>[]; removed: PageMark<B>[] };
  /** Every decided mark, by block in the order blocks were added (as of the last settle()). */
  marks(): PageMark<B>[];
  /** One block's decided marks (as of the last settle()). */
  marksIn(block: B): readonly PageMark<B>[];
  /** The blocks added and not dropped that hold matches (marks, ambiguous forms, cues). */
  blocks(): B[];
  /** Whether the page's body is about migration (as of the last settle()). */
  pageAccepted(): boolean;
  /** Main-thread time spent in the matcher so far (for the benchmark's breakdown). */
  matchMs(): number;
}

interface BlockState<B> {
  block: B;
  text: string;
  /** The story the block is in (a section or article with its own heading); absent or 0 when none. */
  story: unknown;
  matches: Match[];
  facts: BlockFacts;
  /** Whether its decisions can depend on the page (ambiguous or shared forms, a term alone: mayStandAlone). */
  sensitive: boolean;
  /** Decided and wanted marks, as last reported by settle(). */
  marks: PageMark<B>[];
  /** The key (pageKey) of the page's or its story's facts its marks were decided under. */
  key: string;
}

export function createPageScan<B>(matcher: Matcher, options: ScanOptions = {}): PageScan<B> {
  const { data } = matcher;
  const states = new Map<B, BlockState<B>>();
  /** The page's facts, kept as sums over the blocks that count (pageCounts); and each story's. */
  const pageSums = newSums();
  const storySums = new Map<unknown, Sums>();
  /** Each ambiguous entry's Match.domains (the same for all its forms). */
  const entryDomains = new Map<number, number>();
  // The page's facts, key and verdict, made again only after the sums above change (settle() runs after every
  // block of a batch, and most blocks change nothing the page counts).
  let pageVersion = -1;
  let page: PageFacts | null = null;
  let key = '';
  let accepted = false;
  /** The page's sums' changes when its facts were last made (see stale()). */
  let pageMadeAt = 0;
  /** Stories' facts and keys, made again when the story's or the page's sums change. */
  const storyMade = new Map<
    unknown,
    { version: string; facts: PageFacts; key: string; changes: number; pageVersion: number }
  >();
  let removed: PageMark<B>[] = [];
  const fresh = new Set<BlockState<B>>(); // added since the last settle()
  let matchMs = 0;
  const { categories, firstOccurrenceOnly = false } = options;
  /** With firstOccurrenceOnly: the mark standing for each entry. */
  const holders = new Map<number, PageMark<B>>();

  const wanted = (match: Match): boolean => {
    if (!categories) return true;
    const category: string = data.categories[match.entry]!;
    return category === PERSONAL_CATEGORY || categories.has(category);
  };

  const count = (facts: BlockFacts, story: unknown, sign: 1 | -1) => {
    if (speaks(facts)) addSpeaker(pageSums, facts, sign);
    if (!pageCounts(facts)) return;
    const given = pageEvidence(facts);
    if (given.ambiguous)
      for (let i = 0; i < facts.ambiguousEntries.length; i++)
        entryDomains.set(facts.ambiguousEntries[i]!, facts.ambiguousDomains[i]!);
    addTo(pageSums, facts, given, sign);
    if (!story) return;
    let sums = storySums.get(story);
    if (!sums) {
      sums = newSums();
      storySums.set(story, sums);
    }
    addTo(sums, facts, given, sign);
    if (!sums.blocks) {
      storySums.delete(story);
      storyMade.delete(story);
    }
  };

  /** A block's topic, made on first call (BlockFacts.topic); undefined when the glossary has no lexicon. */
  const topicOf = (text: string) =>
    once(() => {
      const lexicon = topicLexicon(matcher);
      return lexicon.weights.size ? passageTopic(text, lexicon) : undefined;
    });

  /**
   * The topic of the page's body, or of one story's (PageFacts.topic), made on first call: the scores of its
   * blocks that name ambiguous terms, and the familiar words of all its blocks.
   */
  const pageTopic = (story?: unknown) =>
    once(() => {
      let topic: PageTopic | undefined;
      for (const state of states.values()) {
        const { facts } = state;
        if (!pageCounts(facts) || !facts.topic) continue;
        if (story !== undefined && state.story !== story) continue;
        const block = facts.topic();
        if (!block) continue;
        topic ??= { ambiguous: 0, words: 0, familiar: 0 };
        if (facts.ambiguousEntries.length) topic.ambiguous += block.score;
        topic.words += block.words;
        topic.familiar += block.familiar;
      }
      return topic;
    });

  const pageFacts = (sums: Sums, story?: unknown): PageFacts => {
    const page: PageFacts = {
      evidence: sums.evidence,
      selfEvidence: sums.selfEvidence,
      general: sums.general,
      otherSense: sums.otherSense,
      senses: [...sums.senses],
      votes: [...sums.votes],
      ambiguousEntries: 0,
      ambiguousNotPlaces: 0,
      ambiguousAcronyms: 0,
      companion: sums.companions > 0,
    };
    if (sums.speaker.some((n) => n > 0)) page.speaker = [...sums.speaker];
    page.topic = pageTopic(story);
    // Entries their other senses hold on this page (or story) support nothing (pageOutweighs).
    for (const entry of sums.ambiguousCount.keys()) {
      if (pageOutweighs(page, entryDomains.get(entry) ?? 0)) continue;
      page.ambiguousEntries++;
      if (!isPlace(data, entry)) page.ambiguousNotPlaces++;
    }
    for (const entry of sums.acronymCount.keys())
      if (!sums.ambiguousCount.has(entry)) page.ambiguousAcronyms++;
    page.plainEntries = sums.plainCount.size;
    return page;
  };

  /**
   * The facts and key a block is decided under: its story's on a page of several stories, else the page's. Not
   * `exact` (inside a batch), a story's facts stand while they are not stale() and the page's were not made again.
   */
  const factsFor = (state: BlockState<B>, exact: boolean): { facts: PageFacts; key: string } => {
    const sums =
      state.story && state.facts.region === 'body' && storySums.size >= 2
        ? storySums.get(state.story)
        : undefined;
    if (!sums || !page) return { facts: page!, key };
    const version = `${sums.version}:${pageVersion}`;
    let made = storyMade.get(state.story);
    if (
      made?.version !== version &&
      (exact || !made || made.pageVersion !== pageVersion || stale(sums.changes, made.changes))
    ) {
      const facts = storyFacts(pageFacts(sums, state.story), page);
      made = { version, facts, key: `s${pageKey(facts)}`, changes: sums.changes, pageVersion };
      storyMade.set(state.story, made);
    }
    return made!;
  };

  /**
   * Makes the page's facts, key and verdict again if its sums changed since; not `exact` (inside a batch), only once
   * they are stale().
   */
  const refresh = (exact: boolean) => {
    if (page && (pageVersion === pageSums.version || (!exact && !stale(pageSums.changes, pageMadeAt))))
      return;
    page = pageFacts(pageSums);
    key = pageKey(page);
    accepted = pageAccepts(page);
    pageVersion = pageSums.version;
    pageMadeAt = pageSums.changes;
  };

  let nextMark = 1;
  const toMark = (state: BlockState<B>, match: Decided): PageMark<B> => {
    const mark: PageMark<B> = {
      id: nextMark++,
      block: state.block,
      start: match.start,
      end: match.end,
      entry: match.entry,
      entryId: data.ids[match.entry]!,
      surface: state.text.slice(match.start, match.end),
      lang: match.lang,
      ambiguous: match.ambiguous,
      reason: match.reason,
    };
    if (match.alternatives) mark.alternatives = match.alternatives.map((e) => data.ids[e]!);
    return mark;
  };

  const release = (marks: PageMark<B>[]) => {
    for (const mark of marks) if (holders.get(mark.entry) === mark) holders.delete(mark.entry);
  };

  /** The block's marks under the current page facts, reusing the marks that did not change. */
  const decide = (state: BlockState<B>, page: PageFacts): PageMark<B>[] => {
    const previous = state.marks.length
      ? new Map(state.marks.map((mark) => [`${mark.start}:${mark.entry}:${mark.reason}`, mark]))
      : undefined;
    const marks: PageMark<B>[] = [];
    const decided = decideItems(state.matches, state.facts, page, data, state.text);
    // By index: for…of makes an object per step in code V8 has not optimized yet (most of a page's first scan).
    for (let i = 0; i < decided.length; i++) {
      const match = decided[i]!;
      if (!wanted(match)) continue;
      const same = previous?.get(`${match.start}:${match.entry}:${match.reason}`);
      if (firstOccurrenceOnly) {
        const holder = holders.get(match.entry);
        if (holder && holder !== same) continue;
      }
      const mark = same ?? toMark(state, match);
      if (firstOccurrenceOnly) holders.set(match.entry, mark);
      marks.push(mark);
    }
    return marks;
  };

  const drop = (block: B) => {
    const state = states.get(block);
    if (!state) return;
    states.delete(block);
    fresh.delete(state);
    count(state.facts, state.story, -1);
    release(state.marks);
    removed.push(...state.marks);
  };

  return {
    add(block, text, region = 'body', story) {
      const started = performance.now();
      const matches = findMatches(matcher, text);
      matchMs += performance.now() - started;
      if (states.has(block)) drop(block);
      if (!matches.length) return false;
      const facts = blockFacts(matches, region, data, text);
      const sensitive =
        matches.some((m) => m.ambiguous || m.alternatives || (m.entry >= 0 && !m.evidence)) ||
        mayStandAlone(matches, region);
      // Its topic is read only if a decision asks (context.ts offTopic, pageAccepts): its words would be read again.
      facts.topic = topicOf(text);
      const state: BlockState<B> = { block, text, story, matches, facts, sensitive, marks: [], key: '' };
      states.set(block, state);
      count(facts, story, 1);
      fresh.add(state);
      return true;
    },
    drop,
    settle(pageWide = true) {
      const added: PageMark<B>[] = [];
      if (!pageWide && !fresh.size && !removed.length) return { added, removed: [] };
      // The page's facts only matter to blocks whose decisions depend on them (sensitive): a batch's blocks of
      // plain terms are decided without making them again, and inside a batch facts not stale() stand.
      let needed = pageWide || !page;
      if (!needed) for (const state of fresh) if (state.sensitive) needed = true;
      if (needed) refresh(pageWide);
      if (pageWide) {
        // Blocks decided under another sense or jurisdiction of the page may gain or lose marks.
        for (const state of states.values()) {
          if (fresh.has(state) || !state.sensitive) continue;
          const under = factsFor(state, true);
          if (state.key === under.key) continue;
          state.key = under.key;
          const marks = decide(state, under.facts);
          const kept = new Set(marks);
          const gone = state.marks.filter((mark) => !kept.has(mark));
          release(gone);
          removed.push(...gone);
          const before = new Set(state.marks);
          added.push(...marks.filter((mark) => !before.has(mark)));
          state.marks = marks;
        }
      }
      for (const state of fresh) {
        if (state.sensitive) {
          const under = factsFor(state, pageWide);
          state.key = under.key;
          state.marks = decide(state, under.facts);
        } else state.marks = decide(state, page!);
        added.push(...state.marks);
      }
      fresh.clear();
      const out = { added, removed };
      removed = [];
      return out;
    },
    marks: () => [...states.values()].flatMap((state) => state.marks),
    marksIn: (block) => states.get(block)?.marks ?? [],
    blocks: () => [...states.keys()],
    pageAccepted: () => {
      refresh(true);
      return accepted;
    },
    matchMs: () => matchMs,
  };
}

/**
 * Inside a batch (settle(false)), whether facts made when the sums had seen `then` blocks counted in or out are
 * stale at `now`: once a sixteenth more have changed them. On a short page every block counts (each block's facts
 * are made again), on a long one a block changes little: the ~1.1 MB document's first scan made the page's facts
 * ~2,490 times (after each of its blocks with terms), so ~80. The batch's last settle() makes them exact and decides
 * again the blocks whose key changed.
 */
const stale = (now: number, then: number) => (now - then) * 16 >= then;

/** Sums of the facts of the blocks that count, over a page or one story. */
interface Sums {
  blocks: number;
  /** Blocks counted in or out so far. */
  changes: number;
  /** Changes at every block added or dropped. */
  version: number;
  evidence: number;
  otherSense: number;
  selfEvidence: number;
  general: number;
  /** Forms of beside.yaml's companions (BlockFacts.companions). */
  companions: number;
  /** By domain, as BlockFacts.senses. */
  senses: number[];
  votes: number[];
  /** Country names of the page's header and footer (PageFacts.speaker); on the page's sums only. */
  speaker: number[];
  ambiguousCount: Map<number, number>;
  acronymCount: Map<number, number>;
  plainCount: Map<number, number>;
}

/** `make`'s value, made at the first call only. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

let sumsVersion = 0;

function newSums(): Sums {
  return {
    blocks: 0,
    changes: 0,
    version: ++sumsVersion,
    evidence: 0,
    otherSense: 0,
    selfEvidence: 0,
    general: 0,
    companions: 0,
    senses: [0],
    votes: noVotes(),
    speaker: noVotes(),
    ambiguousCount: new Map(),
    acronymCount: new Map(),
    plainCount: new Map(),
  };
}

function addTo(
  sums: Sums,
  facts: BlockFacts,
  given: { evidence: number; ambiguous: boolean },
  sign: 1 | -1,
): void {
  sums.blocks += sign;
  sums.changes++;
  sums.version = ++sumsVersion;
  sums.evidence += sign * given.evidence;
  sums.otherSense += sign * facts.otherSense;
  sums.selfEvidence += sign * facts.selfEvidence;
  sums.general += sign * facts.general;
  sums.companions += sign * (facts.companions ?? 0);

  for (let k = 0; k < facts.senses.length; k++) {
    const n = facts.senses[k]!;
    if (!n) continue;
    while (sums.senses.length <= k) sums.senses.push(0);
    sums.senses[k]! += sign * n;
  }
  for (let i = 0; i < facts.votes.length; i++) sums.votes[i]! += sign * facts.votes[i]!;
  tallyInto(sums.plainCount, facts.plainEntries, sign);
  if (!given.ambiguous) return;
  tallyInto(sums.ambiguousCount, facts.ambiguousEntries, sign);
  tallyInto(sums.acronymCount, facts.ambiguousAcronyms, sign);
}

/** Adds a header's or footer's country names to the page's (PageFacts.speaker). */
function addSpeaker(sums: Sums, facts: BlockFacts, sign: 1 | -1): void {
  if (!facts.places.some((n) => n > 0)) return;
  sums.changes++;
  sums.version = ++sumsVersion;
  for (let i = 0; i < facts.places.length; i++) sums.speaker[i]! += sign * facts.places[i]!;
}

function tallyInto(counts: Map<number, number>, entries: readonly number[], sign: 1 | -1): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const n = (counts.get(entry) ?? 0) + sign;
    if (n > 0) counts.set(entry, n);
    else counts.delete(entry);
  }
}

/** A text block and where it sits on its page. */
export interface RegionText {
  text: string;
  region: Region;
  /** The story it is in (collect-text's TextBlock.story); 0 or absent when none. */
  story?: number;
}

/** A whole text at once (CLI, handout, tests): the decided marks of each block, in order. */
export function scanTexts(
  matcher: Matcher,
  texts: readonly (string | RegionText)[],
  options?: ScanOptions,
): PageMark<number>[] {
  const scan = createPageScan<number>(matcher, options);
  texts.forEach((block, index) => {
    if (typeof block === 'string') scan.add(index, block);
    else scan.add(index, block.text, block.region, block.story);
  });
  scan.settle();
  return scan.marks();
}
