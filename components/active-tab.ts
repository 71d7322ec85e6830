// Talking to the content script of the tab the popup was opened over.
import { browser } from 'wxt/browser';
import { type PageTermsReply, sendToTab } from './messaging';

export async function activeTabId(): Promise<number | undefined> {
  return (await activeTab())?.id;
}

/** The tab the popup was opened over; its address is known through the activeTab permission. */
export async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** The page's terms, or null when no content script answers (browser pages, the web store, a fresh install). */
export async function pageTerms(tabId: number): Promise<PageTermsReply | null> {
  return (await sendToTab(tabId, { type: 'glosa:page-terms' })) ?? null;
}

export async function revealTerm(tabId: number, id: string): Promise<boolean> {
  return Boolean(await sendToTab(tabId, { type: 'glosa:reveal', id }));
}
