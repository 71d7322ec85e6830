// Messages between the content script, the popup and the background. The background owns the card text so the
// content script stays small; a message also wakes the service worker if it was asleep.
import { browser } from 'wxt/browser';
import type { Entry } from '@/glossary/entry';

export interface EntryRequest {
  type: 'glosa:entry';
  id: string;
}

export interface EntryReply {
  entry: Entry | null;
  /** Display terms of the entry's related ids, so the card can label its links. */
  related: Record<string, { en: string; es: string }>;
}

/** Waits before asking again, while a stopped service worker starts up. */
const RETRY_DELAYS_MS = [150, 500, 1500, 3000];
/** After this long without an answer the request is sent again (a message can be lost while the service worker
 * starts); an earlier attempt's late answer is still taken. */
const ATTEMPT_TIMEOUT_MS = 2500;

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms, undefined));

const never = <T>() => new Promise<T>(() => {});
const NO_ENTRY: EntryReply = { entry: null, related: {} };

export async function requestEntry(id: string): Promise<EntryReply> {
  // The answers of every attempt so far: a slow service worker may still answer an earlier one.
  const answers: Promise<EntryReply>[] = [];
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= RETRY_DELAYS_MS.length;
    const sent = browser.runtime.sendMessage({ type: 'glosa:entry', id } satisfies EntryRequest) as Promise<
      EntryReply | undefined
    >;
    answers.push(
      sent.then(
        (reply) => reply ?? never<EntryReply>(),
        () => never<EntryReply>(),
      ),
    );
    if (last) {
      // The last attempt's failure is the caller's to report; no answer at all means no entry.
      const outcome = sent.then((reply) => reply ?? NO_ENTRY);
      return Promise.race([...answers, outcome, sleep(ATTEMPT_TIMEOUT_MS).then(() => NO_ENTRY)]);
    }
    // This attempt failing or getting no answer ends the wait early: ask again after a pause.
    const failed = sent.then(
      (reply) => (reply ? never<undefined>() : undefined),
      () => undefined,
    );
    const reply = await Promise.race([...answers, failed, sleep(ATTEMPT_TIMEOUT_MS)]);
    if (reply) return reply;
    await sleep(RETRY_DELAYS_MS[attempt]!);
  }
}

export function isEntryRequest(message: unknown): message is EntryRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as EntryRequest).type === 'glosa:entry' &&
    typeof (message as EntryRequest).id === 'string'
  );
}

/** What the popup asks the content script of the active tab. */
export type ContentRequest =
  | { type: 'glosa:navigate' }
  | { type: 'glosa:page-terms' }
  | { type: 'glosa:reveal'; id: string }
  | { type: 'glosa:lookup'; text: string };

export interface PageTermsReply {
  hostname: string;
  title: string;
  /** False when Glosa is off on this site or paused. */
  active: boolean;
  terms: { id: string; surfaces: string[]; count: number }[];
}

export function isContentRequest(message: unknown): message is ContentRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'glosa:navigate' ||
    type === 'glosa:page-terms' ||
    (type === 'glosa:reveal' && typeof (message as { id?: unknown }).id === 'string') ||
    (type === 'glosa:lookup' && typeof (message as { text?: unknown }).text === 'string')
  );
}

/** Sent by the content script of a top frame so the background can show the count on the toolbar badge. */
export interface CountMessage {
  type: 'glosa:count';
  /** -1 clears the badge. */
  count: number;
}

export function isCountMessage(message: unknown): message is CountMessage {
  return (
    (message as CountMessage | null)?.type === 'glosa:count' &&
    typeof (message as CountMessage).count === 'number'
  );
}

/** The manifest command (keyboard shortcut) that starts term navigation. */
export const NAVIGATE_COMMAND = 'navigate-terms';

/** The content script asks the background (which holds the search index) for the entries best matching a text. */
export interface SearchRequest {
  type: 'glosa:search';
  text: string;
}

export function isSearchRequest(message: unknown): message is SearchRequest {
  return (
    (message as SearchRequest | null)?.type === 'glosa:search' &&
    typeof (message as SearchRequest).text === 'string'
  );
}

export type SearchReply = { id: string; en: string; es: string }[];

export async function searchEntries(text: string): Promise<SearchReply> {
  const reply = (await browser.runtime.sendMessage({ type: 'glosa:search', text } satisfies SearchRequest)) as
    | SearchReply
    | undefined;
  return reply ?? [];
}

/** Asks the background to open an entry in the full-page glossary (content scripts cannot open extension pages). */
export interface OpenGlossaryRequest {
  type: 'glosa:open-glossary';
  id: string;
}

export function isOpenGlossaryRequest(message: unknown): message is OpenGlossaryRequest {
  return (
    (message as OpenGlossaryRequest | null)?.type === 'glosa:open-glossary' &&
    typeof (message as OpenGlossaryRequest).id === 'string'
  );
}

export function glossaryUrl(id: string): string {
  return browser.runtime.getURL(`/browse.html#${encodeURIComponent(id)}`);
}

export function openGlossary(id: string): void {
  browser.runtime
    .sendMessage({ type: 'glosa:open-glossary', id } satisfies OpenGlossaryRequest)
    .catch(() => {});
}
