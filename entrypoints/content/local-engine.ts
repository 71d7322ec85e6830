// The scan engine in the page, for web pages with much text (start.ts chooses it): the matching code and the
// packaged matcher run on the page's thread, so a live edit is marked before the frame that shows it renders.
// Shipped apart from the content script's start (content-engine.js, see entrypoints/content-engine.ts), so a page
// matched in the background never loads it.

import { withPersonal } from '@/components/personal-matcher';
import type { PersonalGlossary } from '@/components/personal-store';
import type { ScanEngine } from '@/components/scan-engine';
import { localEngine } from '@/components/scan-worker';
import { unpackMatcher } from '@/glossary/pack';

/** A page engine for the reader's personal glossary (a new one when the glossary changes). */
export type EngineFor = (personal: PersonalGlossary | null) => ScanEngine;

/** The page engine over the packaged matcher's text (components/packaged.ts); throws when the file is damaged. */
export function pageEngine(packed: string): EngineFor {
  const bundled = unpackMatcher(packed);
  return (personal) => localEngine(withPersonal(bundled, personal));
}
