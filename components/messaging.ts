// Messages between the content script, the popup and the background. The background owns the card text so the
// content script stays small; a message also wakes the service worker if it was asleep.
import { browser } from 'wxt/browser';
import type { Entry } from '@/glossary/schema';

export interface EntryRequest {
  type: 'glosa:entry';
  id: string;
}

export interface EntryReply {
  entry: Entry | null;
  /** Display terms of the entry's related ids, so the card can label its links. */
  related: Record<string, { en: string; es: string }>;
}

export async function requestEntry(id: string): Promise<EntryReply> {
  const reply = (await browser.runtime.sendMessage({ type: 'glosa:entry', id } satisfies EntryRequest)) as
    | EntryReply
    | undefined;
  return reply ?? { entry: null, related: {} };
}

export function isEntryRequest(message: unknown): message is EntryRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as EntryRequest).type === 'glosa:entry' &&
    typeof (message as EntryRequest).id === 'string'
  );
}

/** The manifest command (keyboard shortcut) that starts term navigation. */
export const NAVIGATE_COMMAND = 'navigate-terms';

/** Sent by the background to the active tab when the navigation shortcut is pressed. */
export interface NavigateRequest {
  type: 'glosa:navigate';
}

export function isNavigateRequest(message: unknown): message is NavigateRequest {
  return (
    typeof message === 'object' && message !== null && (message as NavigateRequest).type === 'glosa:navigate'
  );
}
