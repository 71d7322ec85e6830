// What a passage is about, from many weak words: a lexicon of words learned from the evaluation pages
// (glossary/build/learn-topic.ts → glossary/vocabulary/topic-words.tsv). Each word has
//   - a weight: the log-odds that a passage holding it is about migration rather than another subject ("abogado",
//     "consulado" weigh for; "hockey", "receta", "creek" against). A passage's score is the sum
//     of its distinct words' weights: far below zero, its words are of another subject, whatever its glossary
//     forms say;
//   - whether it is familiar: seen in FAMILIAR_PASSAGES migration passages or more. Writing about migration uses a
//     vocabulary the lexicon knows; a page of a field it has never seen (model railways, cave diving) is mostly
//     words it does not, and a page whose body is mostly unfamiliar words is not about migration, however many
//     of its words look like terms ("la garita de la maqueta", "migración a DCC"). Unlike the weights, this needs
//     no example of that field.
// The sense model reads both where no glossary term or cue decides (context.ts offTopic, pageAccepts): a form that
// would take its sense from the page, an unambiguous term alone in its passage, a page with little evidence.
// Pure: the page scan reads a block's words when a decision asks; the learner and the tests call the same code.
import { firstWordHash, scannedHash, scanWord } from './forms';
import { classifyWord, foldForm, NOT_WORD, UNKNOWN, WORD_FOLD } from './normalize';

/** A score at or below this: the passage's own words are of another subject (a car club's parade, a hiking trail). */
export const TOPIC_AGAINST = -3;
/** A score at or above this: the passage's own words are about migration (a reader's comment on waiting for papers). */
export const TOPIC_FOR = 8;

/** Words shorter than this carry no topic (articles, prepositions, "ICE" and other acronyms are the matcher's). */
const MIN_LETTERS = 3;
/** Words counted for familiarity: this long at least (shorter ones are mostly function words of any text). */
const FAMILIAR_LETTERS = 4;
/** A word is familiar when this many migration passages hold it. */
const FAMILIAR_PASSAGES = 3;
/** A page's body is unfamiliar when fewer than this share of its words are familiar… */
const FAMILIAR_SHARE = 0.55;
/** …counting this many words at least (a classified ad's five words tell nothing). */
const FAMILIAR_MIN_WORDS = 30;

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

/** A lexicon line: the word, its weight, and whether it is familiar (1) or not (0). */
export type TopicWord = [word: string, weight: number, familiar: 0 | 1];

/** The lexicon as a page reads it: by the hash the matcher gives each folded word (forms.ts firstWordHash). */
export interface TopicLexicon {
  weights: Map<number, number>;
  familiar: Set<number>;
}

export function topicLexiconOf(words: Iterable<readonly [string, number, (0 | 1)?]>): TopicLexicon {
  return lexiconOfHashed(packTopic(words));
}

/**
 * The lexicon as the package ships it (pack.ts): for each word, its hash, its weight in tenths and whether it is
 * familiar, one after another. Hashing 6,460 words on a page, before V8 has optimized the code, cost ~15 ms of
 * the ~1.1 MB document's start; numbers cost only their reading.
 */
export function packTopic(words: Iterable<readonly [string, number, (0 | 1)?]>): number[] {
  const numbers: number[] = [];
  for (const [word, weight, familiar] of words)
    numbers.push(firstWordHash(word), Math.round(weight * 10), familiar ?? 0);
  return numbers;
}

/** The lexicon from packTopic's numbers; an empty one when they are not such numbers (a damaged file). */
export function lexiconOfHashed(numbers: readonly unknown[]): TopicLexicon {
  const lexicon: TopicLexicon = { weights: new Map(), familiar: new Set() };
  if (numbers.length % 3 !== 0 || !numbers.every(Number.isInteger)) return lexicon;
  const values = numbers as readonly number[];
  for (let i = 0; i < values.length; i += 3) {
    const hash = values[i]!;
    if (values[i + 1]) lexicon.weights.set(hash, values[i + 1]! / 10);
    if (values[i + 2]) lexicon.familiar.add(hash);
  }
  return lexicon;
}

/** What a passage's words say: its score, and how many of its distinct words of FAMILIAR_LETTERS are familiar. */
export interface PassageTopic {
  score: number;
  words: number;
  familiar: number;
}

/**
 * A passage's topic: the sum of the weights of its distinct words (0 for a text with no word of the lexicon), and
 * its familiar words. Words are read and hashed as the matcher reads them, with no string made per word.
 */
export function passageTopic(text: string, lexicon: TopicLexicon): PassageTopic {
  const topic: PassageTopic = { score: 0, words: 0, familiar: 0 };
  const seen = new Set<number>();
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (!wordStart(code)) {
      at++;
      continue;
    }
    const start = at;
    at = scanWord(text, at);
    const hash = scannedHash();
    if (seen.has(hash)) continue;
    seen.add(hash);
    topic.score += lexicon.weights.get(hash) ?? 0;
    // Numbers are no vocabulary; and a lexicon with no familiar word says nothing of familiarity.
    if (at - start < FAMILIAR_LETTERS || (code >= 48 && code <= 57) || !lexicon.familiar.size) continue;
    topic.words++;
    if (lexicon.familiar.has(hash)) topic.familiar++;
  }
  return topic;
}

/** The sum of a text's distinct words' weights (passageTopic's score). */
export const topicScore = (text: string, lexicon: TopicLexicon): number => passageTopic(text, lexicon).score;

/** Whether passages' words, summed, are mostly unfamiliar: writing of a field the lexicon has never seen. */
export function unfamiliar(words: number, familiar: number): boolean {
  return words >= FAMILIAR_MIN_WORDS && familiar < FAMILIAR_SHARE * words;
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
 * rounded to a tenth, and whether it is familiar (FAMILIAR_PASSAGES). Words seen in fewer than MIN_PASSAGES
 * passages are left out; so is a word weighing less than MIN_WEIGHT either way, unless familiar (its weight then
 * 0); and so are those `leaveOut` names: the ambiguous forms themselves ("coyotes", "caravana"), which the trap
 * pages are full of, must not speak against themselves; what matters is the words around them. In word order.
 */
export function learnTopic(
  passages: readonly LabeledPassage[],
  leaveOut: (word: string) => boolean = () => false,
): TopicWord[] {
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
  const lexicon: TopicWord[] = [];
  for (const word of [...counts.keys()].sort()) {
    const [inMigration, inOther] = counts.get(word)!;
    if (inMigration + inOther < MIN_PASSAGES || leaveOut(word)) continue;
    const familiar = word.length >= FAMILIAR_LETTERS && inMigration >= FAMILIAR_PASSAGES ? 1 : 0;
    const odds = Math.log((inMigration + 1) / (migration + 2)) - Math.log((inOther + 1) / (other + 2));
    const weight =
      Math.abs(odds) < MIN_WEIGHT
        ? 0
        : Math.round(Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, odds)) * 10) / 10;
    if (weight || familiar) lexicon.push([word, weight, familiar]);
  }
  return lexicon;
}
