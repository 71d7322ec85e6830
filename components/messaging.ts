// Messages between Glosa's parts, typed once: one schema per direction, from which the message types are derived.
// A receiver checks what arrives against its direction's schema (anything else is not Glosa's and is ignored) and
// handles it in one exhaustive switch. Card text is not a message: the card reads it from the package
// (packaged.ts).
import { extensionApi } from './extension-api';

type FieldKind = 'string' | 'number' | 'boolean';
interface KindOf {
  string: string;
  number: number;
  boolean: boolean;
}
type Schema = Record<string, Record<string, FieldKind>>;
type MessagesOf<S extends Schema> = {
  [T in keyof S & string]: { type: T } & { -readonly [F in keyof S[T]]: KindOf[S[T][F]] };
}[keyof S & string];

/** To a tab's content script, from the popup and the background. */
const TO_CONTENT = {
  /** Start keyboard navigation of the page's terms (the shortcut). */
  'glosa:navigate': {},
  /** The terms marked on the page, for the popup. */
  'glosa:page-terms': {},
  /** Scroll to a term and open its card. */
  'glosa:reveal': { id: 'string' },
  /** "Look up … in Glosa" on selected text (the context menu), sent to the frame holding the selection. */
  'glosa:lookup': { text: 'string' },
} as const satisfies Schema;
export type ContentMessage = MessagesOf<typeof TO_CONTENT>;

export interface PageTermsReply {
  hostname: string;
  title: string;
  /** False when Glosa is off on this site or paused. */
  active: boolean;
  terms: { id: string; surfaces: string[]; count: number }[];
}

/** What the content script answers to each message. */
export interface ContentReplies {
  'glosa:navigate': undefined;
  'glosa:page-terms': PageTermsReply;
  'glosa:reveal': boolean;
  'glosa:lookup': boolean;
}

/** From a content script to the extension: the background, and the popup while it is open. */
const TO_EXTENSION = {
  /** A top frame's marks changed: a scan or rescan finished, or Glosa stopped on the page (count 0). */
  'glosa:terms-changed': { count: 'number', badge: 'boolean' },
  /** Open an entry in the full-page glossary (content scripts cannot open extension pages). */
  'glosa:open-glossary': { id: 'string' },
  /** "Look up" in the PDF reader: the entries a selected text names, from the background's matcher (components/scan-remote.ts). */
  'glosa:lookup-hits': { text: 'string', pageAccepts: 'boolean' },
} as const satisfies Schema;
export type ExtensionMessage = MessagesOf<typeof TO_EXTENSION>;

function parse<S extends Schema>(schema: S, raw: unknown): MessagesOf<S> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(schema, type)) return null;
  for (const [field, kind] of Object.entries(schema[type]!)) {
    if (typeof (raw as Record<string, unknown>)[field] !== kind) return null;
  }
  return raw as MessagesOf<S>;
}

export const parseContentMessage = (raw: unknown): ContentMessage | null => parse(TO_CONTENT, raw);
export const parseExtensionMessage = (raw: unknown): ExtensionMessage | null => parse(TO_EXTENSION, raw);

/**
 * Sends to a tab's content script (its top frame, or `frameId`). Undefined when nothing answers: a browser page,
 * a site Glosa does not run on, a tab opened before Glosa was installed.
 */
export async function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
  frameId?: number,
): Promise<ContentReplies[M['type']] | undefined> {
  try {
    return (await extensionApi().tabs.sendMessage(
      tabId,
      message,
      frameId === undefined ? undefined : { frameId },
    )) as ContentReplies[M['type']];
  } catch {
    return undefined;
  }
}

/** Tells the extension something; nothing is answered, and an extension gone meanwhile is no error. */
export function sendToExtension(message: ExtensionMessage): void {
  try {
    extensionApi()
      .runtime.sendMessage(message)
      .catch(() => {});
  } catch {
    // The extension was reloaded or removed under this page: no one to tell.
  }
}

/** The manifest command (keyboard shortcut) that starts term navigation. */
export const NAVIGATE_COMMAND = 'navigate-terms';

export function glossaryUrl(id: string): string {
  return extensionApi().runtime.getURL(`/browse.html#${encodeURIComponent(id)}`);
}

export function openGlossary(id: string): void {
  sendToExtension({ type: 'glosa:open-glossary', id });
}
