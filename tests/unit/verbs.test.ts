// Verbs (issue 22): an entry's `verbs` are conjugated by the compiler (glossary/inflect.ts), so an entry writes each
// verb once. The generator's paradigms, then sentences matched against the compiled glossary.
import { describe, expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { compileMatcher, NO_VOCABULARY } from '@/glossary/compile';
import type { Entry } from '@/glossary/entry';
import { FORM_AMBIGUOUS } from '@/glossary/forms';
import { englishVerbForms, spanishVerbForms } from '@/glossary/inflect';
import { marksOf, matcherFor } from './helpers';

describe('Spanish conjugations', () => {
  test('a regular -ar verb: every simple tense, the gerund and the participle with gender and number', () => {
    const forms = spanishVerbForms('deportar');
    for (const form of [
      'deportar',
      'deporto', // present yo, preterite él (deportó)
      'deporta',
      'deportan',
      'deportamos',
      'deportaron',
      'deportaste',
      'deportaba',
      'deportaban',
      'deportara', // future (deportará) and imperfect subjunctive
      'deportaran',
      'deportaria',
      'deportarian',
      'deporten',
      'deportando',
      'deportado',
      'deportada',
      'deportados',
      'deportadas',
    ])
      expect(forms, form).toContain(form);
  });

  test('-er and -ir verbs, with the spelling that keeps the sound', () => {
    const exceder = spanishVerbForms('exceder');
    for (const form of [
      'excede',
      'exceda',
      'excedio',
      'excedieron',
      'excedia',
      'excedera',
      'excediera',
      'excediendo',
      'excedido',
    ])
      expect(exceder, form).toContain(form);
    const exigir = spanishVerbForms('exigir');
    for (const form of ['exijo', 'exige', 'exija', 'exigimos', 'exigio', 'exigira', 'exigiendo', 'exigido'])
      expect(exigir, form).toContain(form);
    expect(exigir).not.toContain('exiga');
    expect(spanishVerbForms('aplicar')).toEqual(expect.arrayContaining(['aplique', 'apliquen', 'aplico']));
    expect(spanishVerbForms('aplicar')).not.toContain('aplice');
    expect(spanishVerbForms('cruzar')).toEqual(
      expect.arrayContaining(['cruce', 'crucen', 'cruzo', 'cruzaron']),
    );
    expect(spanishVerbForms('albergar')).toContain('albergue');
  });

  test('object pronouns on the infinitive and the gerund of a verb alone', () => {
    const forms = spanishVerbForms('deportar');
    for (const form of [
      'deportarlo',
      'deportarla',
      'deportarlos',
      'deportarlas',
      'deportarle',
      'deportarles',
      'deportandolos',
    ])
      expect(forms, form).toContain(form);
    // A phrase takes none: its object is already written.
    expect(spanishVerbForms('exceder las 36 horas')).not.toContain('excederlo las 36 horas');
  });

  test('a reflexive verb: its pronoun before the finite forms, on the infinitive and gerund', () => {
    const forms = spanishVerbForms('autodeportarse');
    for (const form of [
      'se autodeporto',
      'se autodeportaron',
      'me autodeporte',
      'nos autodeportamos',
      'se autodeporten',
      'autodeportarse',
      'autodeportarme',
      'autodeportandose',
      'autodeportado',
      'autodeportadas',
    ])
      expect(forms, form).toContain(form);
    // Not a bare finite form: "se" is what makes it this verb ("quedó" is not "se quedó").
    expect(forms).not.toContain('autodeporto');
    expect(spanishVerbForms('quedarse con la visa vencida')).toContain('se quedo con la visa vencida');
  });

  test('the verb leading a phrase: the rest follows each form', () => {
    const forms = spanishVerbForms('exceder las 36 horas');
    for (const form of [
      'exceda las 36 horas',
      'excede las 36 horas',
      'excedio las 36 horas',
      'excedan las 36 horas',
    ])
      expect(forms, form).toContain(form);
  });

  test('the stem-changing verbs the entries need: pedir, promover', () => {
    const pedir = spanishVerbForms('pedir refugio');
    for (const form of [
      'pide',
      'piden',
      'pidio',
      'pidieron',
      'pida',
      'pidiera',
      'pidiendo',
      'pedimos',
      'pedia',
      'pedido',
    ])
      expect(pedir, form).toContain(`${form} refugio`);
    expect(pedir).not.toContain('pede refugio');
    const promover = spanishVerbForms('promover un amparo');
    for (const form of ['promueve', 'promueven', 'promueva', 'promovio', 'promovemos', 'promoviendo'])
      expect(promover, form).toContain(`${form} un amparo`);
  });

  test('conjugations that are common words of another sense are not generated', () => {
    // deportar's present subjunctive is "deporte", sport.
    expect(spanishVerbForms('deportar')).not.toContain('deporte');
    expect(spanishVerbForms('deportar')).not.toContain('deportes');
  });

  test('a form that does not start with an infinitive is an error', () => {
    expect(() => spanishVerbForms('deportación')).toThrow(/infinitive/);
  });
});

describe('English conjugations', () => {
  test('regular verbs: third person, past and gerund', () => {
    expect(englishVerbForms('deport')).toEqual(['deport', 'deports', 'deported', 'deporting']);
    expect(englishVerbForms('self-deport')).toEqual([
      'self-deport',
      'self-deports',
      'self-deported',
      'self-deporting',
    ]);
    expect(englishVerbForms('remove')).toEqual(['remove', 'removes', 'removed', 'removing']);
    expect(englishVerbForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(englishVerbForms('apply')).toEqual(['apply', 'applies', 'applied', 'applying']);
    expect(englishVerbForms('stop')).toEqual(['stop', 'stops', 'stopped', 'stopping']);
    expect(englishVerbForms('seek asylum in mexico')).toContain('sought asylum in mexico');
    expect(englishVerbForms('come in without inspection')).toEqual([
      'come in without inspection',
      'comes in without inspection',
      'came in without inspection',
      'coming in without inspection',
    ]);
    expect(englishVerbForms('cross without inspection')).toEqual([
      'cross without inspection',
      'crosses without inspection',
      'crossed without inspection',
      'crossing without inspection',
    ]);
  });
});

const entries = loadEntries();
const matcher = matcherFor(entries);
const marks = (...blocks: string[]) => marksOf(matcher, blocks);

describe('verbs in the compiled glossary', () => {
  test.each([
    [
      'ICE deportó esta semana a 300 solicitantes de asilo detenidos en Texas, según la agencia.',
      'deportó:removal-deportation',
    ],
    [
      'El juez ordenó a ICE abstenerse de deportarlas mientras siga su solicitud de asilo.',
      'deportarlas:removal-deportation',
    ],
    [
      'La Patrulla Fronteriza y ICE siguen deportando a solicitantes de asilo.',
      'deportando:removal-deportation',
    ],
    [
      'El INM deportaba cada mes a cientos de migrantes centroamericanos desde Tapachula.',
      'deportaba:deportacion-mx',
    ],
    ['Miles de personas se autodeportaron con la aplicación CBP Home.', 'se autodeportaron:self-deportation'],
    ['La app ofrece un pago a quien decida autodeportarse.', 'autodeportarse:self-deportation'],
    ['Thousands self-deported through the CBP Home app last year.', 'self-deported:self-deportation'],
    ['ICE deports hundreds of asylum seekers each week, the agency said.', 'deports:removal-deportation'],
    [
      'Ninguna detención en la estación migratoria excedió las 36 horas, dijo el INM.',
      'excedió las 36 horas:detention-36h',
    ],
    [
      'La Corte dijo que el aseguramiento no puede rebasar las 36 horas en una estación migratoria.',
      'rebasar las 36 horas:detention-36h',
    ],
    [
      'She entered without inspection in 2005 and has lived in Texas since.',
      'entered without inspection:ewi',
    ],
    ['Ingresó sin inspección por Arizona en 2010.', 'Ingresó sin inspección:ewi'],
    [
      'El juzgado le concedió el amparo a la solicitante de asilo detenida en la estación migratoria.',
      'concedió el amparo:amparo',
    ],
    [
      'Dos familias hondureñas pidieron refugio ante la COMAR en Tapachula, dijo el albergue.',
      'pidieron refugio:condicion-refugiado-mx',
    ],
    [
      'She was paroled into the United States in 2022 under the CHNV process.',
      'paroled into the United States:parole',
    ],
    [
      'Las autoridades de EE. UU. deportaron a terceros países a migrantes venezolanos.',
      'deportaron a terceros países:third-country-removal',
    ],
  ])('%s', (text, mark) => {
    expect(marks(text)).toContain(mark);
  });

  test('a conjugation that another entry names is left to it: "deportados" are people', () => {
    expect(marks('Los deportados llegaron al puente de Tijuana con sus cosas en bolsas.')).not.toContain(
      'deportados:removal-deportation',
    );
  });

  test('ordinary text: sport is not a deportation', () => {
    expect(
      marks('El deporte favorito de la ciudad es el fútbol; los deportes de invierno llegan en enero.'),
    ).toEqual([]);
  });

  test('a conjugation is as ambiguous as its verb', () => {
    const verb = (entry: Entry) => [entry.en.verbs, entry.es.verbs];
    const removal = entries.find((entry) => entry.id === 'removal-deportation')!;
    expect(verb(removal).flat()).toEqual(['deport', 'deportar']);
    const flagsOf = (form: string) =>
      compileMatcher([removal], NO_VOCABULARY)
        .groups.flatMap(([, [list]]) => list)
        .find(([folded]) => folded === form)?.[2]
        .map(([, flags]) => flags & FORM_AMBIGUOUS);
    expect(flagsOf('deporto')).toEqual([FORM_AMBIGUOUS]);
    expect(flagsOf('deporting')).toEqual([FORM_AMBIGUOUS]);
  });
});
