import { describe, expect, it } from 'vitest';
import { parseContentMessage, parseExtensionMessage } from '@/components/messaging';

describe('messages are checked against their direction’s schema', () => {
  it('takes every message a content script is sent', () => {
    for (const message of [
      { type: 'glosa:navigate' },
      { type: 'glosa:page-terms' },
      { type: 'glosa:reveal', id: 'mpp' },
      { type: 'glosa:lookup', text: 'northern triangle' },
    ]) {
      expect(parseContentMessage(message)).toEqual(message);
    }
  });

  it('takes every message the extension is sent', () => {
    for (const message of [
      { type: 'glosa:terms-changed', count: 3, badge: true },
      { type: 'glosa:open-glossary', id: 'mpp' },
    ]) {
      expect(parseExtensionMessage(message)).toEqual(message);
    }
  });

  it('refuses a field of the wrong kind, a missing field, an unknown type and non-objects', () => {
    for (const raw of [
      { type: 'glosa:reveal', id: 3 },
      { type: 'glosa:lookup' },
      { type: 'glosa:terms-changed', count: '3', badge: true },
      { type: 'glosa:terms-changed', count: 3 },
      { type: 'glosa:toString' },
      { type: 'toString' },
      { type: 'constructor' },
      null,
      'glosa:navigate',
      42,
      undefined,
    ]) {
      expect(parseContentMessage(raw)).toBeNull();
      expect(parseExtensionMessage(raw)).toBeNull();
    }
  });

  it('keeps the directions apart', () => {
    expect(parseExtensionMessage({ type: 'glosa:navigate' })).toBeNull();
    expect(parseContentMessage({ type: 'glosa:open-glossary', id: 'mpp' })).toBeNull();
  });
});
