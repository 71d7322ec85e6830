// Talking to the content script of the tab the popup was opened over.
import { browser } from 'wxt/browser';
import type { ContentRequest, PageTermsReply } from './messaging';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The page's terms, or null when no content script answers (browser pages, the web store, a fresh install). */
export async function pageTerms(tabId: number): Promise<PageTermsReply | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, {
      type: 'glosa:page-terms',
    } satisfies ContentRequest)) as PageTermsReply | undefined;
    return reply ?? null;
  } catch {
    return null;
  }
}

export async function revealTerm(tabId: number, id: string): Promise<boolean> {
  try {
    return Boolean(
      await browser.tabs.sendMessage(tabId, { type: 'glosa:reveal', id } satisfies ContentRequest),
    );
  } catch {
    return false;
  }
}
