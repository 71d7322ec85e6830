import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryReply } from '@/components/entry-store';
import { isEntryRequest } from '@/components/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isEntryRequest(message)) return Promise.resolve(entryReply(message.id));
    return undefined;
  });
});
