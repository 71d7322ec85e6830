// What a passage is about, from many weak words: a lexicon of words learned from the evaluation pages
// (glossary/build/learn-topic.ts → glossary/vocabulary/topic-words.tsv), each with the log-odds that a passage
// holding it is a passage about migration rather than one of another subject ("asylum seekers", "consulado",
// "abogado" weigh for; "hockey", "perrito", "receta", "coaster" against). A passage's score is the sum of its
// distinct words' weights: far below zero, its words are of another subject, whatever its glossary forms say.
// The sense model reads it where no glossary term or cue decides (context.ts: TOPIC_AGAINST): a form that would
// take its sense from the page, an unambiguous term alone in its passage, a page made of ambiguous terms only.
// Pure: the page scan computes a block's score, the learner and the tests call the same functions.
import { firstWordHash, scannedHash, scanWord } from './forms';
import { classifyWord, foldForm, NOT_WORD, UNKNOWN, WORD_FOLD } from './normalize';

/** A score at or below this: the passage's own words are of another subject (a pet adoption, a parish pilgrimage). */
export const TOPIC_AGAINST = -3;

/** Words shorter than this carry no topic (articles, prepositions, "ICE" and other acronyms are the matcher's). */
const MIN_LETTERS = 3;

/** Whether a code unit starts a word, as the matcher reads words (forms.ts scanWord). */
function wordStart(code: number): boolean {
  let value = WORD_FOLD[code]!;
  if (value === UNKNOWN) value = classifyWord(code);
  return value !== NOT_WORD;
}

/**
 * A text's distinct words as the lexicon holds them: folded as the matcher folds them ("Migración" → "migracion",
 * "niño" → "nino"), ASCII letters only, MIN_LETTERS or more. For the learner and tests; a page scores its
 * passages by the words' hashes (topicScore).
 */
export function topicWords(text: string): string[] {
  const seen = new Set<string>();
  for (let at = 0; at < text.length; ) {
    if (!wordStart(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const end = scanWord(text, at);
    const word = foldForm(text.slice(at, end));
    if (word.length >= MIN_LETTERS && /^[a-z]+$/.test(word)) seen.add(word);
    at = end;
  }
  return [...seen];
}

/** The lexicon by the hash the matcher gives each folded word (forms.ts firstWordHash), for topicScore. */
export function topicWeights(lexicon: Iterable<readonly [string, number]>): Map<number, number> {
  const weights = new Map<number, number>();
  for (const [word, weight] of lexicon) weights.set(firstWordHash(word), weight);
  return weights;
}

/**
 * The sum of the weights of a text's distinct words (0 for a text with no word of the lexicon). Words are read
 * and hashed as the matcher reads them, with no string made per word: a page scores its passages as it reads them.
 */
export function topicScore(text: string, weights: ReadonlyMap<number, number>): number {
  let score = 0;
  let seen: Set<number> | undefined;
  for (let at = 0; at < text.length; ) {
    if (!wordStart(text.charCodeAt(at))) {
      at++;
      continue;
    }
    at = scanWord(text, at);
    const hash = scannedHash();
    const weight = weights.get(hash);
    if (weight === undefined) continue;
    seen ??= new Set();
    if (seen.has(hash)) continue;
    seen.add(hash);
    score += weight;
  }
  return score;
}

/** A passage the learner reads: its text and whether it is about migration (true) or another subject (false). */
export interface LabeledPassage {
  text: string;
  migration: boolean;
}

/** How the learner keeps a word: seen in this many passages at least, and weighing at least this either way. */
const MIN_PASSAGES = 3;
const MIN_WEIGHT = 0.7;
/** No one word decides a passage alone: weights are capped at this either way. */
const MAX_WEIGHT = 3;

/**
 * The lexicon learned from labeled passages: for each word, the log of how much more often a migration passage
 * holds it than a passage of another subject (counting passages, not occurrences, with add-one smoothing),
 * rounded to a tenth. Words seen in fewer than MIN_PASSAGES passages, or weighing less than MIN_WEIGHT either way,
 * are left out, and so are those `leaveOut` names: the ambiguous forms themselves ("coyotes", "caravana"), which
 * the trap pages are full of, must not speak against themselves; what matters is the words around them.
 */
export function learnTopic(
  passages: readonly LabeledPassage[],
  leaveOut: (word: string) => boolean = () => false,
): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  let migration = 0;
  let other = 0;
  for (const passage of passages) {
    if (passage.migration) migration++;
    else other++;
    for (const word of topicWords(passage.text)) {
      const count = counts.get(word) ?? [0, 0];
      count[passage.migration ? 0 : 1]++;
      counts.set(word, count);
    }
  }
  const lexicon = new Map<string, number>();
  for (const word of [...counts.keys()].sort()) {
    const [inMigration, inOther] = counts.get(word)!;
    if (inMigration + inOther < MIN_PASSAGES || leaveOut(word)) continue;
    const weight = Math.log((inMigration + 1) / (migration + 2)) - Math.log((inOther + 1) / (other + 2));
    if (Math.abs(weight) < MIN_WEIGHT) continue;
    lexicon.set(word, Math.round(Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, weight)) * 10) / 10);
  }
  return lexicon;
}
