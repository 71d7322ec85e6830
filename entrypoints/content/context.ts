// The content script's context: how a copy of the script learns that the extension has gone (updated, reloaded,
// switched off or removed: browsers leave the old copy running in pages already open). WXT's content-script entry
// builds it and hands it to the script's main (wxt.config.ts routes WXT's ContentScriptContext here). WXT's own
// also watches the page's address and announces each start to the page, stopping when it hears that announcement
// again: Glosa uses neither (a page could replay the announcement to switch Glosa off), and loading it cost every
// page's main thread at each start.
import { extensionApi } from '@/components/extension-api';

/** What Glosa's start uses of the context (WXT's typed one, which the content script's main is given, has it). */
export interface ScriptContext {
  readonly isInvalid: boolean;
  onInvalidated(listener: () => void): () => void;
  block<T>(): Promise<T>;
  setInterval(handler: () => void, timeout: number): number;
}

export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  /** Whether the extension has gone: its API's id is gone with it. Reading this is what notices. */
  get isInvalid(): boolean {
    if (extensionApi().runtime?.id == null) this.notifyInvalidated();
    return this.#controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `listener` once the extension has gone (noticed by a read of isInvalid); returns its removal. */
  onInvalidated(listener: () => void): () => void {
    const { signal } = this.#controller;
    signal.addEventListener('abort', listener);
    return () => signal.removeEventListener('abort', listener);
  }

  /** A promise that never settles: what an action of an orphaned copy returns. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  /** An interval that reads isInvalid at each tick and ends when the extension has gone. */
  setInterval(handler: () => void, timeout: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  notifyInvalidated(): void {
    this.#controller.abort('Content script context invalidated');
  }
}
