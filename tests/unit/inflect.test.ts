import { describe, expect, test } from 'vitest';
import { acronymForms, englishForms, spanishForms } from '@/glossary/inflect';

describe('inflections', () => {
  test('English plural and possessive', () => {
    expect(englishForms('asylum seeker')).toEqual([
      'asylum seeker',
      'asylum seekers',
      "asylum seeker's",
      "asylum seekers'",
    ]);
    expect(englishForms('northern triangle country')).toContain('northern triangle countries');
    expect(englishForms('coyote')).toContain('coyotes');
    expect(englishForms('title 42')).toEqual(['title 42']);
  });

  test('irregular plurals: children, persons and people, men, women', () => {
    expect(englishForms('unaccompanied child')).toEqual([
      'unaccompanied child',
      'unaccompanied children',
      "unaccompanied child's",
      "unaccompanied children's",
    ]);
    expect(englishForms('stateless person')).toEqual(
      expect.arrayContaining(['stateless persons', 'stateless people']),
    );
    expect(englishForms('child of immigrants')).toContain('children of immigrants');
    expect(englishForms('woman')).toContain('women');
    // Only whole words: "German" is not "Germen".
    expect(englishForms('german')).toContain('germans');
  });

  test('a head before "of", "to", "in" or "at", or a person word first, gets its plural too', () => {
    expect(englishForms('port of entry')).toContain('ports of entry');
    expect(englishForms('land port of entry')).toContain('land ports of entry');
    expect(englishForms('notice to appear')).toContain('notices to appear');
    expect(englishForms('secretary of homeland security')).toContain('secretaries of homeland security');
    expect(englishForms('migrant in transit')).toContain('migrants in transit');
    expect(englishForms('arrest at the immigration court')).toContain('arrests at the immigration court');
    expect(englishForms('person seeking asylum')).toEqual(
      expect.arrayContaining(['people seeking asylum', 'persons seeking asylum']),
    );
  });

  test('a last word already in -s gets possessives, not a second plural', () => {
    expect(englishForms('safe third country agreements')).toEqual([
      'safe third country agreements',
      "safe third country agreements's",
      "safe third country agreements'",
    ]);
    expect(englishForms('texas')).not.toContain('texases');
    expect(englishForms('legal process')).toContain('legal processes');
    expect(englishForms('immigration status')).toContain('immigration statuses');
  });

  test('acronyms: plural for all-caps, possessive for all', () => {
    expect(acronymForms('NTA')).toEqual(['NTA', "NTA's", 'NTAs']);
    expect(acronymForms('Comar')).toEqual(['Comar', "Comar's"]);
    // A form's number is counted like an acronym (holdout18: "Deputies will fill out I-213s").
    expect(acronymForms('I-213')).toEqual(['I-213', "I-213's", 'I-213s']);
    expect(acronymForms('DS-160')).toContain('DS-160s');
    // A case-sensitive phrase ending in a common noun gets its plural; one ending in a name does not.
    expect(acronymForms('ICE raid')).toContain('ICE raids');
    expect(acronymForms('A-number')).toContain('A-numbers');
    expect(acronymForms('Remain in Mexico')).toEqual(['Remain in Mexico', "Remain in Mexico's"]);
  });

  test('Spanish number and gender of the head of the phrase', () => {
    expect(spanishForms('solicitante de asilo')).toContain('solicitantes de asilo');
    // A head before 'desde' or 'hasta' inflects, the words after it do not.
    expect(spanishForms('deportado desde ee. uu')).toContain('deportadas desde ee. uu');
    expect(spanishForms('visa humanitaria')).toContain('visas humanitarias');
    expect(spanishForms('estacion migratoria')).toContain('estaciones migratorias');
    expect(spanishForms('refugiado')).toEqual(['refugiado', 'refugiados', 'refugiada', 'refugiadas']);
    // Gender only for participles: no "pollera" (a skirt) or "patera" (a boat).
    expect(spanishForms('pollero')).toEqual(['pollero', 'polleros']);
    expect(spanishForms('patero')).toEqual(['patero', 'pateros']);
    expect(spanishForms('luz')).toContain('luces');
  });
});
