import { expect, test } from 'vitest';
import { compareTerms, indexLetter, sortKey } from '@/glossary/alphabet';

test('terms led by quotes or punctuation sort and file by their first letter', () => {
  expect(sortKey('"securing" (immigration detention, Mexico)')).toBe(
    'securing" (immigration detention, Mexico)',
  );
  expect(indexLetter('“accommodation”')).toBe('A');
  expect(indexLetter('Ángel')).toBe('A');
  expect(indexLetter('287(g) agreement')).toBe('#');
  const sorted = ['Title 42', '"securing"', 'asylum', 'Secure Communities', 'sanctuary'].sort((a, b) =>
    compareTerms(a, b, 'en'),
  );
  expect(sorted).toEqual(['asylum', 'sanctuary', 'Secure Communities', '"securing"', 'Title 42']);
});
