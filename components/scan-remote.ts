// The engine in the extension's background, as short web pages and the PDF reader use it (see scan-engine.ts): one
// port per run, operations sent in one message per task (and every ~64 kB of text, so a large page's hand-over is
// spread over several tasks), one update back per message. The background keeps a run's page scan only as long as
// its port: when a browser stops the idle background (Chrome's service worker after ~30 s, Firefox's event page),
// the port closes, and the next operation (a live edit, the next text layers) opens another and sends every block
// again, whose update replaces all the run's marks.
import { browser } from 'wxt/browser';
import type { Region } from '@/glossary/context';
import type { LookupHit } from '@/glossary/lookup';
import type { ScanChannel, ScanEngine, ScanOp, ScanRunOptions, ScanUpdate } from './scan-engine';

export const SCAN_PORT = 'glosa:scan';
/** A message's text, past which the operations queued so far are sent at once. */
const FLUSH_CHARS = 64_000;

/**
 * Page → background, on the scan port: operations (each message ending in a settle), the first message with the
 * run's options. (Connecting already wakes the background; the options need no message of their own.)
 */
export type ScanPortRequest = { options?: ScanRunOptions; ops: ScanOp[] };
/** Background → page: each `ops` message's update, or why nothing can be scanned (a damaged package). */
export type ScanPortReply = { update: ScanUpdate } | { error: string };

type Port = ReturnType<typeof browser.runtime.connect>;

/**
 * `onError` hears why the background cannot scan (its matcher file is damaged); the run then stays empty.
 * `lookUp` asks the background too ("glosa:lookup-hits").
 */
export function remoteEngine(onError: (message: string) => void): ScanEngine {
  return {
    answersLater: true,
    open(options, onUpdate): ScanChannel {
      let port: Port | null = null;
      let closed = false;
      let queue: ScanOp[] = [];
      let queuedChars = 0;
      let scheduled = false;
      /** The settle the queue ends with: pageWide when any settle asked for it. */
      let settle: boolean | null = null;
      /** Messages sent and not answered yet; which of them is a resend of the whole page. */
      const pending: boolean[] = [];
      let waiting: (() => void)[] = [];
      /** Every block added and not dropped (nor found empty): what a new port is given again. */
      const live = new Map<number, [string, Region, number]>();
      let lost = false;

      const wake = () => {
        if (pending.length || queue.length || settle !== null) return;
        for (const resolve of waiting) resolve();
        waiting = [];
      };

      /** Whether the port's first message (which carries the options) is still to be sent. */
      let fresh = false;
      const connect = (): Port | null => {
        let next: Port;
        try {
          next = browser.runtime.connect({ name: SCAN_PORT });
        } catch {
          // The extension went away (reloaded, removed): the content script's own check stops the run.
          return null;
        }
        next.onMessage.addListener((raw: unknown) => {
          if (port !== next || closed) return;
          const reply = raw as ScanPortReply;
          if ('error' in reply) {
            closed = true;
            for (const resolve of waiting) resolve();
            waiting = [];
            onError(reply.error);
            return;
          }
          const reset = pending.shift() ?? false;
          const update = reset ? { ...reply.update, reset: true } : reply.update;
          for (const block of update.empty) live.delete(block);
          onUpdate(update);
          wake();
        });
        next.onDisconnect.addListener(() => {
          if (port !== next) return;
          port = null;
          if (closed) return;
          // The background stopped: what it held is gone. Unanswered messages are answered by the resend.
          lost = true;
          if (pending.length) {
            pending.length = 0;
            schedule();
          }
        });
        fresh = true;
        return next;
      };

      const flush = () => {
        scheduled = false;
        if (closed || (!queue.length && settle === null && !lost)) return;
        if (!port) {
          port = connect();
          if (!port) return;
        }
        let ops: ScanOp[];
        const reset = lost;
        if (reset) {
          // A new port: every block again, decided page-wide (what was queued is already in `live`).
          ops = [...live].map(([block, [text, region, story]]): ScanOp => [0, block, text, region, story]);
          ops.push([2, true]);
          lost = false;
        } else {
          ops = queue;
          ops.push([2, settle ?? false]);
        }
        queue = [];
        queuedChars = 0;
        settle = null;
        pending.push(reset);
        const request: ScanPortRequest = fresh ? { options, ops } : { ops };
        fresh = false;
        try {
          port.postMessage(request);
        } catch {
          // The port closed under us: its disconnect resends.
        }
      };

      const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(flush);
      };

      // Opened at once, so the background wakes and reads its matcher (scan-service.ts) while the page reads its text.
      port = connect();
      return {
        add(block, text, region, story) {
          live.set(block, [text, region, story]);
          queue.push([0, block, text, region, story]);
          queuedChars += text.length;
          if (queuedChars >= FLUSH_CHARS) flush();
          else schedule();
        },
        drop(block) {
          if (!live.delete(block)) return;
          queue.push([1, block]);
          schedule();
        },
        settle(pageWide) {
          settle = (settle ?? false) || pageWide;
          schedule();
        },
        idle() {
          if (closed || (!pending.length && !queue.length && settle === null)) return Promise.resolve();
          return new Promise((resolve) => waiting.push(resolve));
        },
        close() {
          closed = true;
          for (const resolve of waiting) resolve();
          waiting = [];
          try {
            port?.disconnect();
          } catch {
            // Gone with the extension.
          }
          port = null;
        },
      };
    },
    async lookUp(text, pageAccepts) {
      try {
        const hits = (await browser.runtime.sendMessage({
          type: 'glosa:lookup-hits',
          text,
          pageAccepts,
        })) as LookupHit[] | null | undefined;
        return Array.isArray(hits) ? hits : null;
      } catch {
        return null;
      }
    },
  };
}
