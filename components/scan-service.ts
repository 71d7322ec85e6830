// The background's side of the scan engine (scan-engine.ts, scan-remote.ts): each page run's page scan, kept for
// as long as its port is open, over the matcher loaded once for the background's life (with the personal glossary
// as stored when the run opened), and "Look up" for content scripts. Nothing here outlives a stopped background:
// pages send their blocks again (scan-remote.ts).
import { browser } from 'wxt/browser';
import type { LookupHit } from '@/glossary/lookup';
import { lookupHits } from '@/glossary/lookup';
import type { Matcher } from '@/glossary/match';
import { unpackMatcher } from '@/glossary/pack';
import { loadPackedMatcher } from './packaged';
import { withPersonal } from './personal-matcher';
import { loadPersonal } from './personal-store';
import { SCAN_PORT, type ScanPortReply, type ScanPortRequest } from './scan-remote';
import { createScanWorker, type ScanWorker } from './scan-worker';

let bundled: Promise<Matcher> | null = null;
/** The packaged matcher, read once; a damaged file rejects with the reason (pack.ts). */
function loadBundled(): Promise<Matcher> {
  bundled ??= (async () => {
    const packed = await loadPackedMatcher();
    if (packed === null) throw new Error('packed matcher: the file cannot be read (a damaged package)');
    return unpackMatcher(packed);
  })();
  return bundled;
}

let withGlossary: { key: string; matcher: Matcher } | null = null;
/** The matcher with the personal glossary as stored now (read at each run's start: a run follows its glossary). */
async function currentMatcher(): Promise<Matcher> {
  const [base, personal] = await Promise.all([loadBundled(), loadPersonal()]);
  if (!personal) return base;
  const key = JSON.stringify(personal);
  if (withGlossary?.key !== key) withGlossary = { key, matcher: withPersonal(base, personal) };
  return withGlossary.matcher;
}

/** "Look up" for a content script; null when the matcher cannot be read. */
export function lookUpFor(text: string, pageAccepts: boolean): Promise<LookupHit[] | null> {
  return currentMatcher().then(
    (matcher) => lookupHits(matcher, text, pageAccepts),
    () => null,
  );
}

/** Serves the pages' scan ports. */
export function serveScans(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SCAN_PORT) return;
    let open = true;
    // The matcher is read as the port opens, while the page still reads its text; the first message's options
    // then make the run's scan.
    const matcher = currentMatcher();
    matcher.catch(() => {});
    let worker: Promise<ScanWorker> | null = null;
    const reply = (message: ScanPortReply) => {
      if (!open) return;
      try {
        port.postMessage(message);
      } catch {
        open = false;
      }
    };
    // Messages are handled in order: the first (with the options) waits for the matcher, the rest for the first.
    let chain: Promise<unknown> = Promise.resolve();
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as ScanPortRequest;
      if (message.options) {
        const { options } = message;
        worker = matcher.then((loaded) => createScanWorker(loaded, options));
        chain = worker.catch((error: unknown) => reply({ error: (error as Error).message }));
      }
      if (!Array.isArray(message.ops) || !worker) return;
      const ready = worker;
      chain = chain.then(async () => {
        const current = await ready.catch(() => null);
        if (!current || !open) return;
        const update = current.apply(message.ops);
        if (update) reply({ update });
      });
    });
    port.onDisconnect.addListener(() => {
      open = false;
      worker = null;
    });
  });
}
