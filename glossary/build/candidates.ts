// Candidate terms from real text, for the coverage review (`npm run coverage`). Pure functions: passages in,
// ranked candidates out; the decisions file (glossary/candidates.tsv) in and out; coverage figures from marks.
// A candidate is a multiword phrase (2–8 words, no stopword at either end, only connectors inside), an acronym
// (2+ capitals, as written), or a single word carrying a migration stem. Phrases never cross punctuation.

export type Lang = 'en' | 'es';

export interface Passage {
  /** The source's address. */
  source: string;
  lang: Lang;
  /** The source's paragraphs joined by newlines (the scan CLI's offsets refer to this text). */
  text: string;
}

export interface Occurrence {
  source: string;
  start: number;
  end: number;
}

export interface Candidate {
  /** Lower-cased, accents kept, spaces single: the decision file's key with `lang`. */
  key: string;
  lang: Lang;
  /** The most frequent spelling. */
  phrase: string;
  kind: 'phrase' | 'acronym' | 'word';
  count: number;
  sources: number;
  occurrences: Occurrence[];
  /** For acronyms: long forms written just before them in parentheses, "Long Name (LN)". */
  expansions: string[];
}

const STOP_EN = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how
  i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
  same she should so some such than that the their them then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your said says say told according
  percent per cent year years month months day days week weeks last first new one two three four five many much
  ee uu mr ms mrs may might must us s t get got make made take took since among around across within without via
  while also however including include includes like well even still yet already ago around almost nearly
  least less lower higher more most several another every each whether`.split(/\s+/),
);
const STOP_ES = new Set(
  `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos
  en entre era eran es esa esas ese eso esos esta estaba estas este esto estos fue fueron ha han hasta hay la las le
  les lo los mas más me mi muy no nos o otra otras otro otros para pero por porque que qué se sea sean ser si sí sin
  sobre su sus también tanto te tiene tienen todo todos toda todas tras un una unas uno unos y ya año años mes meses
  día días semana semanas dijo dice señaló informó explicó aseguró indicó según cada mil millones millón ciento
  primer primera primero dos tres cuatro cinco parte vez veces así además solo sólo aunque mientras cerca entonces
  ahora hoy ayer luego pasado pasada próximo próxima dicho dicha mismo misma mismos mismas cual cuales quien quienes
  cuyo cuya este esta estos estas ese esa esos esas aquel aquella puede pueden podría podrían debe deben será serán
  están está estar sido hace hacer hecho tener tenía tenían había habían habrá`.split(/\s+/),
);
/** Function words allowed inside a phrase ("Instituto Nacional de Migración", "notice to appear"). */
const CONNECTORS = new Set([
  'of',
  'for',
  'to',
  'in',
  'on',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'a',
  'en',
  'y',
  'and',
  'the',
  'para',
  'por',
]);
/** A single word is a candidate only with one of these stems: the rest of the vocabulary comes in phrases. */
const MIGRATION_STEM =
  /^(migr|inmigr|emigr|immigr|deport|asyl|asil|refug|remes|remitt|repatri|retorn|returnee|connacional|paisan|coyot|poller|smuggl|traffick|trata|indocument|undocument|naturaliz|expuls|caravan|albergue|shelter|detenid|detainee|bracero|dreamer|daca|parolee|solicitante|extranjer|noncitizen|alien|visa|frontera|fronteriz|border|crossing|cruce|desplaz|displace|apátrid|stateless|reunific|reunif|regulariz|irregular|ilegal|illegal)/;

/** Longest phrase, in words (connectors count): "Servicio de Inmigración y Control de Aduanas" is 7. */
const MAX_WORDS = 8;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Characters that end a phrase: sentence and clause punctuation, quotes, brackets, line breaks. */
const BREAK = /[.,;:!?¡¿()[\]{}"“”«»|\n\r—–]/;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the clause the token sits in (phrases never span two). */
  clause: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (BREAK.test(text.slice(last, start))) clause++;
    const word = m[0].replace(/['’]s$/i, '').replace(/['’-]+$/, '');
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, clause });
    last = start + word.length;
  }
  return tokens;
}

const isStop = (lower: string, lang: Lang) =>
  (lang === 'en' ? STOP_EN : STOP_ES).has(lower) || /^\d/.test(lower) || lower.length < 2;
/** "EE. UU." is the United States, written in two halves. */
const NOT_ACRONYMS = new Set(['EE', 'UU']);
const isAcronym = (word: string) =>
  !NOT_ACRONYMS.has(word) &&
  /^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(word) &&
  /[A-Z].*[A-Z0-9]/.test(word) &&
  word.length <= 8;

interface Tally {
  spellings: Map<string, number>;
  kind: Candidate['kind'];
  occurrences: Occurrence[];
  sources: Set<string>;
  expansions: Set<string>;
}

/** Every candidate of every passage, merged by language and key, ranked by sources then count. */
export function extractCandidates(passages: readonly Passage[], minSources = 1): Candidate[] {
  const tallies = new Map<string, Tally>();
  const add = (
    p: Passage,
    kind: Candidate['kind'],
    key: string,
    spelling: string,
    start: number,
    end: number,
  ) => {
    const id = `${p.lang}\t${key}`;
    const t: Tally = tallies.get(id) ?? {
      spellings: new Map(),
      kind,
      occurrences: [],
      sources: new Set(),
      expansions: new Set(),
    };
    t.spellings.set(spelling, (t.spellings.get(spelling) ?? 0) + 1);
    t.occurrences.push({ source: p.source, start, end });
    t.sources.add(p.source);
    tallies.set(id, t);
    return t;
  };
  for (const p of passages) {
    const tokens = tokenize(p.text);
    tokens.forEach((tok, i) => {
      if (isAcronym(tok.text)) {
        const t = add(p, 'acronym', tok.text, tok.text, tok.start, tok.end);
        const expansion = expansionBefore(p.text, tokens, i);
        if (expansion) t.expansions.add(expansion);
      } else if (!isStop(tok.lower, p.lang) && MIGRATION_STEM.test(tok.lower)) {
        add(p, 'word', tok.lower, tok.text, tok.start, tok.end);
      }
      if (isStop(tok.lower, p.lang)) return;
      for (let n = 2; n <= MAX_WORDS && i + n <= tokens.length; n++) {
        const words = tokens.slice(i, i + n);
        const last = words[n - 1]!;
        if (last.clause !== tok.clause) break;
        if (words.slice(1, -1).some((w) => isStop(w.lower, p.lang) && !CONNECTORS.has(w.lower))) break;
        if (isStop(last.lower, p.lang)) continue;
        const spelling = p.text.slice(tok.start, last.end).replace(/\s+/g, ' ');
        add(p, 'phrase', spelling.toLowerCase(), spelling, tok.start, last.end);
      }
    });
  }
  const candidates: Candidate[] = [];
  for (const [id, t] of tallies) {
    if (t.sources.size < minSources) continue;
    const [lang, key] = id.split('\t') as [Lang, string];
    const phrase = [...t.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    candidates.push({
      key,
      lang,
      phrase,
      kind: t.kind,
      count: t.occurrences.length,
      sources: t.sources.size,
      occurrences: t.occurrences,
      expansions: [...t.expansions],
    });
  }
  return dropSubsumed(candidates).sort(
    (a, b) => b.sources - a.sources || b.count - a.count || a.key.localeCompare(b.key),
  );
}

/** "Comisión Mexicana de Ayuda a Refugiados (COMAR)": the capitalised words before an acronym in parentheses. */
function expansionBefore(text: string, tokens: Token[], i: number): string | undefined {
  const tok = tokens[i]!;
  if (!/\(\s*$/.test(text.slice(Math.max(0, tok.start - 3), tok.start))) return undefined;
  let j = i - 1;
  const words: Token[] = [];
  while (j >= 0 && tokens[j]!.end > tok.start - 200) {
    const w = tokens[j]!;
    if (w.clause !== tokens[i - 1]?.clause) break;
    if (/^\p{Lu}/u.test(w.text) || (CONNECTORS.has(w.lower) && words.length)) words.unshift(w);
    else break;
    j--;
  }
  while (words.length && CONNECTORS.has(words[0]!.lower)) words.shift();
  if (words.length < 2) return undefined;
  return text.slice(words[0]!.start, words.at(-1)!.end).replace(/\s+/g, ' ');
}

/** A phrase that (nearly) never appears outside one longer candidate is that candidate's fragment. */
function dropSubsumed(candidates: Candidate[]): Candidate[] {
  const phrases = candidates.filter((c) => c.kind === 'phrase');
  const byLang = new Map<string, Candidate[]>();
  for (const c of phrases) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
  const dropped = new Set<Candidate>();
  for (const group of byLang.values()) {
    for (const longer of group) {
      for (const shorter of group) {
        if (shorter === longer || shorter.key.length >= longer.key.length) continue;
        if (!` ${longer.key} `.includes(` ${shorter.key} `)) continue;
        if (longer.count >= shorter.count * 0.8 && longer.sources >= shorter.sources) dropped.add(shorter);
      }
    }
  }
  return candidates.filter((c) => !dropped.has(c));
}

// ---- decisions file -------------------------------------------------------------------------------------------

export const DECISIONS = ['entry', 'alias', 'not-term'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DecisionRow {
  phrase: string;
  lang: Lang;
  count: number;
  sources: number;
  decision: Decision | '';
  /** Entry id for entry/alias; the reason for not-term. */
  note: string;
}

export const TSV_HEADER = ['phrase', 'language', 'count', 'sources', 'decision', 'entry_or_reason'];

export function parseDecisions(tsv: string): DecisionRow[] {
  const rows: DecisionRow[] = [];
  const lines = tsv.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || i === 0) return;
    const [phrase, lang, count, sources, decision = '', note = ''] = line.split('\t');
    if (!phrase || (lang !== 'en' && lang !== 'es')) {
      throw new Error(`candidates.tsv line ${i + 1}: expected phrase<TAB>en|es<TAB>…, got "${line}"`);
    }
    if (decision && !(DECISIONS as readonly string[]).includes(decision)) {
      throw new Error(
        `candidates.tsv line ${i + 1}: decision "${decision}" is not one of ${DECISIONS.join(', ')}`,
      );
    }
    if (decision && !note.trim()) {
      throw new Error(`candidates.tsv line ${i + 1}: "${decision}" needs an entry id or a reason`);
    }
    rows.push({
      phrase,
      lang,
      count: Number(count),
      sources: Number(sources),
      decision: decision as Decision,
      note,
    });
  });
  return rows;
}

export function formatDecisions(rows: readonly DecisionRow[]): string {
  const lines = rows.map((r) => [r.phrase, r.lang, r.count, r.sources, r.decision, r.note].join('\t'));
  return `${[TSV_HEADER.join('\t'), ...lines].join('\n')}\n`;
}

export const rowKey = (lang: string, phrase: string) =>
  `${lang}\t${phrase.toLowerCase().replace(/\s+/g, ' ')}`;

/**
 * The decisions file after a new extraction: every candidate with at least `minSources` sources that the glossary
 * does not already match, with counts refreshed and earlier decisions kept; decided rows whose candidate is gone
 * stay (a decision is not lost because the cache changed).
 */
export function mergeDecisions(
  previous: readonly DecisionRow[],
  candidates: readonly Candidate[],
  isMatched: (c: Candidate) => boolean,
  minSources: number,
): DecisionRow[] {
  const old = new Map(previous.map((r) => [rowKey(r.lang, r.phrase), r]));
  const rows: DecisionRow[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.sources < minSources) continue;
    const key = rowKey(c.lang, c.key);
    const before = old.get(key);
    if (!before?.decision && isMatched(c)) continue;
    seen.add(key);
    rows.push({
      phrase: c.phrase,
      lang: c.lang,
      count: c.count,
      sources: c.sources,
      decision: before?.decision ?? '',
      note: before?.note ?? '',
    });
  }
  for (const r of previous) if (r.decision && !seen.has(rowKey(r.lang, r.phrase))) rows.push(r);
  return rows;
}

// ---- coverage -------------------------------------------------------------------------------------------------

export interface Coverage {
  lang: Lang;
  /** Occurrences of candidate terms (candidates with enough sources, less those decided "not a term"). */
  occurrences: number;
  marked: number;
}

/**
 * The share of candidate-term occurrences that a glossary marks. `marks` holds each source's decided marks
 * ([start, end] in its joined text); an occurrence counts when one mark covers all of it.
 */
export function coverage(
  candidates: readonly Candidate[],
  decisions: readonly DecisionRow[],
  marks: ReadonlyMap<string, readonly [number, number][]>,
  minSources: number,
): Coverage[] {
  const notTerms = new Set(
    decisions.filter((r) => r.decision === 'not-term').map((r) => rowKey(r.lang, r.phrase)),
  );
  const result = new Map<Lang, Coverage>([
    ['en', { lang: 'en', occurrences: 0, marked: 0 }],
    ['es', { lang: 'es', occurrences: 0, marked: 0 }],
  ]);
  for (const c of candidates) {
    if (c.sources < minSources || notTerms.has(rowKey(c.lang, c.key))) continue;
    const tally = result.get(c.lang)!;
    for (const o of c.occurrences) {
      tally.occurrences++;
      if ((marks.get(o.source) ?? []).some(([s, e]) => s <= o.start && e >= o.end)) tally.marked++;
    }
  }
  return [...result.values()];
}
