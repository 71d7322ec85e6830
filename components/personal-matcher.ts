// The bundled matcher with the reader's personal glossary added (bundled forms win where both exist): where
// matching runs (the background for web pages, the PDF reader's page), apart from personal-store.ts so a page
// that reads the personal glossary only for its cards loads no compiler.
import { compileMatcher, NO_VOCABULARY } from '@/glossary/compile';
import { extendMatcher, type Matcher } from '@/glossary/match';
import { type PersonalGlossary, personalEntriesOf } from './personal-store';

export function withPersonal(base: Matcher, glossary: PersonalGlossary | null): Matcher {
  const extra = personalEntriesOf(glossary);
  return extra.length ? extendMatcher(base, compileMatcher(extra, NO_VOCABULARY)) : base;
}
