// The personal glossary layer in storage.local (it can be large, and it belongs to this browser).
import { storage } from 'wxt/utils/storage';
import { compileMatcher, NO_VOCABULARY } from '@/glossary/compile';
import type { Entry } from '@/glossary/entry';
import { extendMatcher, type Matcher } from '@/glossary/match';
import { type PersonalTerm, personalEntries } from '@/glossary/personal';

export interface PersonalGlossary {
  name: string;
  importedOn: string;
  terms: PersonalTerm[];
}

export const personalItem = storage.defineItem<PersonalGlossary | null>('local:personalGlossary', {
  fallback: null,
  version: 1,
});

export async function loadPersonal(): Promise<PersonalGlossary | null> {
  try {
    const value = await personalItem.getValue();
    return value && Array.isArray(value.terms) ? value : null;
  } catch {
    return null;
  }
}

export function personalEntriesOf(glossary: PersonalGlossary | null): Entry[] {
  return glossary ? personalEntries(glossary.terms, glossary.importedOn) : [];
}

/** The bundled matcher with the personal layer added (bundled forms win where both exist). */
export function withPersonal(base: Matcher, glossary: PersonalGlossary | null): Matcher {
  const extra = personalEntriesOf(glossary);
  return extra.length ? extendMatcher(base, compileMatcher(extra, NO_VOCABULARY)) : base;
}
