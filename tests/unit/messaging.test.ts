import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestEntry } from '@/components/messaging';

describe('requestEntry (a card asking the background for its entry)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const reply = { entry: null, related: { mpp: { en: 'MPP', es: 'MPP' } } };

  test('a message lost or refused while the service worker starts is sent again', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(reply as never);
    const result = requestEntry('mpp');
    await vi.runAllTimersAsync();
    expect(await result).toEqual(reply);
    expect(send).toHaveBeenCalledTimes(3);
  });

  test('a late answer to an earlier attempt is taken, not waited out', async () => {
    let answerFirst: (value: unknown) => void = () => {};
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)) as never)
      .mockReturnValue(new Promise(() => {}) as never);
    const result = requestEntry('mpp');
    let settled = false;
    void result.then(() => (settled = true));
    // The first attempt times out and a second is sent; then the service worker answers the first.
    await vi.advanceTimersByTimeAsync(3000);
    expect(send).toHaveBeenCalledTimes(2);
    answerFirst(reply);
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    expect(await result).toEqual(reply);
  });

  test('an answer that never comes is given up on, and the last failure is reported', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
    const result = requestEntry('mpp');
    await vi.runAllTimersAsync();
    expect(await result).toEqual({ entry: null, related: {} });

    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('gone'));
    const failed = requestEntry('mpp');
    const settled = failed.catch((error: Error) => error.message);
    await vi.runAllTimersAsync();
    expect(await settled).toBe('gone');
  });
});
