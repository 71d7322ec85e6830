// Talking to the content script of the tab the popup was opened over.
import { browser } from 'wxt/browser';
import { type PageTermsReply, sendToTab } from './messaging';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** The page's terms, or null when no content script answers (browser pages, the web store, a fresh install). */
export async function pageTerms(tabId: number): Promise<PageTermsReply | null> {
  return (await sendToTab(tabId, { type: 'glosa:page-terms' })) ?? null;
}

export async function revealTerm(tabId: number, id: string): Promise<boolean> {
  return Boolean(await sendToTab(tabId, { type: 'glosa:reveal', id }));
}
