// The forms the entries were missing (issue 22): real ways Spanish (and English) sources name each concept, found in
// a sentence as a page writes it. One section per category; each case is [text, "surface:entry id"] and the whole
// glossary is compiled once, as the extension's is.
import { describe, expect, test } from 'vitest';
import { loadEntries } from '@/glossary/build/load-entries';
import { marksOf, matcherFor } from './helpers';

const matcher = matcherFor(loadEntries());
const marks = (...blocks: string[]) => marksOf(matcher, blocks);

/** The cases whose expected mark is missing, with what was marked instead (empty when all are found). */
function missing(cases: readonly (readonly [text: string, mark: string])[]): string[] {
  return cases.flatMap(([text, mark]) => {
    const found = marks(text);
    return found.includes(mark) ? [] : [`${mark} in "${text}" → [${found.join(', ')}]`];
  });
}

describe('mx-institutions', () => {
  test('the press names of Mexican institutions', () => {
    expect(
      missing([
        [
          'La cancillera habló con migrantes deportados en la estación migratoria de Tapachula.',
          'cancillera:canciller',
        ],
        [
          'Migrantes deportados pidieron ayuda a la canciller mexicana durante su visita a Tijuana.',
          'canciller mexicana:canciller',
        ],
        [
          'El Operativo Paisano recibe a los connacionales que vuelven en diciembre.',
          'Operativo Paisano:heroes-paisanos',
        ],
        [
          'El Consulado de Carrera de México en Douglas atendió a los migrantes deportados.',
          'Consulado de Carrera de México:mx-consulates',
        ],
        [
          'Cualquier representación consular de México expide la matrícula consular a los migrantes.',
          'representación consular de México:mx-consulates',
        ],
        [
          'La PFPNNA recibió a los niños migrantes no acompañados que el INM canalizó al DIF.',
          'PFPNNA:procuraduria-proteccion-nna',
        ],
        [
          'La Procuraduría de Protección de Derechos de Niñas, Niños y Adolescentes de Chiapas recibió a los menores migrantes no acompañados.',
          'Procuraduría de Protección de Derechos de Niñas, Niños y Adolescentes:procuraduria-proteccion-nna',
        ],
        [
          'La Suprema Corte de Justicia declaró inconstitucionales las revisiones migratorias del INM.',
          'Suprema Corte de Justicia:scjn',
        ],
        [
          'El caso de la estación migratoria de Ciudad Juárez lo investiga la antigua PGR, hoy FGR.',
          'PGR:fgr',
        ],
        [
          'Los migrantes secuestrados denunciaron ante la Procuraduría General de la República.',
          'Procuraduría General de la República:fgr',
        ],
      ]),
    ).toEqual([]);
  });

  test("another country's ministry of the same name is not Mexico's", () => {
    expect(marks('La Secretaría del Trabajo de Honduras anunció ferias de empleo en Tegucigalpa.')).toEqual(
      [],
    );
  });
});

describe('mx-law', () => {
  test('verb and noun variants of Mexican law terms', () => {
    expect(
      missing([
        [
          'Un juez federal concedió el amparo a los migrantes detenidos en la estación migratoria.',
          'concedió el amparo:amparo',
        ],
        [
          'La clínica jurídica interpuso un amparo contra la deportación de la familia hondureña detenida en la estación migratoria.',
          'interpuso un amparo:amparo',
        ],
        [
          'La COMAR resolvió su solicitud y le otorgó la condición de persona refugiada.',
          'condición de persona refugiada:condicion-refugiado-mx',
        ],
        [
          'Las personas que buscan el reconocimiento de refugio deben quedarse en el estado donde iniciaron el trámite ante la Comar.',
          'reconocimiento de refugio:condicion-refugiado-mx',
        ],
        [
          'La Ley Migratoria obliga al INM a resolver la situación de las personas presentadas en 15 días hábiles.',
          'Ley Migratoria:ley-de-migracion',
        ],
        [
          'Las víctimas de trata pueden ser atendidas según la Ley General de Trata de Personas.',
          'Ley General de Trata de Personas:ley-trata',
        ],
        [
          'El INM abrió un programa para que las personas migrantes puedan regularizar su situación migratoria en México.',
          'regularizar su situación migratoria:regularizacion',
        ],
        [
          'Los haitianos en Tapachula esperan la regularización de su situación migratoria ante el INM.',
          'regularización de su situación migratoria:regularizacion',
        ],
        [
          'Los albergues piden que nadie sea detenido por su condición migratoria.',
          'condición migratoria:situacion-migratoria',
        ],
        [
          'El INE promueve el voto de las y los mexicanos residentes en el extranjero.',
          'voto de las y los mexicanos residentes en el extranjero:voto-extranjero',
        ],
        [
          'Los migrantes mexicanos en Chicago podrán votar desde el extranjero con la matrícula consular.',
          'votar desde el extranjero:voto-extranjero',
        ],
        [
          'El Ejecutivo expulsó al activista extranjero con base en el artículo 33 de la Carta Magna, sin audiencia.',
          'artículo 33 de la Carta Magna:articulo-33',
        ],
      ]),
    ).toEqual([]);
  });

  test('the same words beside no migration are not marked', () => {
    // US legalization in Spanish: the Mexican procedure's phrasing with no Mexican actor, on a page about ICE.
    expect(
      marks(
        'La abogada explicó cómo regularizar su situación migratoria en Estados Unidos si un familiar ciudadano lo pide ante USCIS.',
      ),
    ).not.toContain('regularizar su situación migratoria:regularizacion');
  });
});

describe('documents', () => {
  test('Spanish names of US and Mexican documents', () => {
    expect(
      missing([
        [
          'El agente de ICE le entregó un Aviso de Comparecencia a la migrante detenida.',
          'Aviso de Comparecencia:nta',
        ],
        [
          'Los migrantes que esperan su tarjeta de autorización de empleo de USCIS no pueden trabajar.',
          'tarjeta de autorización de empleo:ead',
        ],
        [
          'La migrante indocumentada recibió su greencard tras la entrevista en USCIS.',
          'greencard:green-card',
        ],
        [
          'Los turistas extranjeros deben llenar la FMM digital del INM al llegar a Cancún.',
          'FMM digital:fmm',
        ],
        [
          'Muchos migrantes mexicanos cruzan con visa de paseo y se quedan a trabajar sin papeles.',
          'visa de paseo:us-visitor-visa',
        ],
      ]),
    ).toEqual([]);
  });

  test("a board game's green card is no green card, written as one word or not", () => {
    const forum = 'Yo cruzo a diario por el puente con mi visa láser para ver a mi mamá.';
    expect(marks(forum, 'Por cierto, vendo la greencard del Tío Juan (el juego de mesa).')).not.toContain(
      'greencard:green-card',
    );
  });
});

describe('programs-policies', () => {
  test('Spanish and Central American names of US and Mexican programs', () => {
    expect(
      missing([
        ['Los tepesianos salvadoreños temen la deportación si termina el programa.', 'tepesianos:tps'],
        [
          'Los migrantes hondureños amparados por el TPS renovaron su permiso de trabajo.',
          'amparados por el TPS:tps',
        ],
        [
          'Bajo el programa Permanecer en México, los solicitantes de asilo esperaban en Tijuana.',
          'programa Permanecer en México:mpp',
        ],
        [
          'La Operación Wetback de 1954 deportó a más de un millón de mexicanos.',
          'Operación Wetback:operation-wetback',
        ],
        [
          'El Operativo Lone Star de Abbott mandó a la Guardia Nacional de Texas a la frontera con los migrantes.',
          'Operativo Lone Star:operation-lone-star',
        ],
        [
          'La amnistía de Reagan legalizó a casi tres millones de inmigrantes indocumentados.',
          'amnistía de Reagan:irca',
        ],
        [
          'La separación de familias en la frontera dejó a miles de niños migrantes en albergues.',
          'separación de familias en la frontera:zero-tolerance',
        ],
        [
          'El Acuerdo de Cooperación de Asilo con Guatemala permite enviar solicitantes de asilo.',
          'Acuerdo de Cooperación de Asilo:acas',
        ],
        [
          'Con la ley SB4, los migrantes que crucen el río Bravo pueden ser arrestados por la policía estatal y deportados.',
          'ley SB4:texas-sb4',
        ],
        [
          'El proceso Manteniendo Unidas a las Familias permitía a cónyuges indocumentados de ciudadanos estadounidenses pedir la residencia con parole in place.',
          'Manteniendo Unidas a las Familias:keeping-families-together',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('enforcement', () => {
  test('how Spanish reporting names detention, checks and raids', () => {
    expect(
      missing([
        [
          'El condado firmó un convenio 287(g) para que sus policías actúen como agentes de inmigración con ICE.',
          'convenio 287(g):287g',
        ],
        [
          'A la solicitante de asilo le pusieron un brazalete electrónico como alternativa a la detención de ICE.',
          'brazalete electrónico:atd',
        ],
        [
          'La Patrulla Fronteriza patrulla la valla fronteriza donde cruzan los migrantes.',
          'valla fronteriza:border-wall',
        ],
        [
          'La familia denunció la muerte en custodia de ICE de un migrante guatemalteco.',
          'muerte en custodia de ICE:deaths-in-custody',
        ],
        [
          'La jueza ordenó que la detención de los migrantes en la estación migratoria no dure más de 36 horas.',
          'dure más de 36 horas:detention-36h',
        ],
        [
          'Cada mes tiene que ir a firmar a ICE, aunque su caso de asilo sigue abierto ante el juez de inmigración.',
          'ir a firmar a ICE:ice-check-in',
        ],
        [
          'Los migrantes pasaron semanas en un centro de detención para inmigrantes en Luisiana antes de ser deportados.',
          'centro de detención para inmigrantes:ice-detention',
        ],
        [
          'Los acusados enfrentan cargos por contrabando de personas tras cruzar a migrantes por el río Bravo.',
          'contrabando de personas:migrant-smuggling',
        ],
        [
          'Tras meses de redadas de ICE, miles de migrantes se autodeportaron con la aplicación CBP Home.',
          'se autodeportaron:self-deportation',
        ],
        [
          'Los migrantes pueden ser enviados lejos: la deportación a terceros países se volvió rutina.',
          'deportación a terceros países:third-country-removal',
        ],
        [
          'Agentes de ICE hicieron una redada en una fábrica de baterías en Georgia y detuvieron a 475 trabajadores indocumentados.',
          'redada en una fábrica:worksite-raid',
        ],
        [
          'La Ciudad de Chicago mantiene su política de santuario y no colabora con ICE en deportaciones.',
          'política de santuario:sanctuary-jurisdiction',
        ],
      ]),
    ).toEqual([]);
  });

  test('a police raid on a factory is no worksite raid', () => {
    expect(marks('La policía hizo una redada en una fábrica clandestina de drogas en Sinaloa.')).toEqual([]);
  });
});

describe('people', () => {
  test('the names US and Mexican Spanish give people who migrate', () => {
    expect(
      missing([
        [
          'Los buscadores de asilo esperan en Tijuana su audiencia ante un juez de inmigración.',
          'buscadores de asilo:asylum-seeker',
        ],
        ['El soñador, que llegó a los dos años, teme perder su permiso de DACA.', 'soñador:dreamers'],
        [
          'La oficina del consulado recibió a mexicanos residentes en el extranjero que buscan su pasaporte.',
          'mexicanos residentes en el extranjero:mexican-diaspora',
        ],
        [
          'La niñez migrante no acompañada debe ser canalizada al DIF por el INM.',
          'niñez migrante no acompañada:unaccompanied-child',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('humanitarian', () => {
  test('shelters as Mexican official text names them', () => {
    expect(
      missing([
        [
          'El albergue para personas migrantes de Tapachula está lleno.',
          'albergue para personas migrantes:albergue',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('us-law', () => {
  test('US law as the Spanish-language press and legal aid flyers write it', () => {
    expect(
      missing([
        [
          'Muchos migrantes venezolanos quieren aplicar para asilo, pero el juez de inmigración tiene meses de atraso.',
          'aplicar para asilo:asylum-us',
        ],
        [
          'El juez le negó la fianza de inmigración y sigue detenido por ICE.',
          'fianza de inmigración:bond-hearing',
        ],
        [
          'Cada año millones de personas participan en la lotería de la green card para obtener la residencia.',
          'lotería de la green card:diversity-visa',
        ],
        [
          'Tras 20 años en el país, se hizo ciudadano estadounidense en una ceremonia de naturalización en Houston.',
          'ceremonia de naturalización:naturalization-us',
        ],
        [
          'El migrante se quedó con la visa vencida y ahora enfrenta la deportación.',
          'se quedó con la visa vencida:overstay',
        ],
        [
          'Los migrantes deberán pagar el impuesto a remesas al enviar dinero a México.',
          'impuesto a remesas:remittance-tax',
        ],
        [
          'Su familia con estatus migratorio mixto teme una redada.',
          'familia con estatus migratorio mixto:mixed-status-family',
        ],
        [
          'El juez ordenó su deportación in absentia porque no se presentó a la audiencia.',
          'deportación in absentia:in-absentia',
        ],
      ]),
    ).toEqual([]);
  });

  test("an amparo's suspension of a deportation in Mexico is not the US withholding of removal", () => {
    expect(
      marks(
        'La jueza concedió el amparo a una mujer alojada en la estación migratoria. La defensa pedirá la suspensión de la deportación de otras 14 mujeres.',
      ).filter((mark) => mark.endsWith(':withholding-of-removal')),
    ).toEqual([]);
  });
});

describe('us-institutions', () => {
  test('the Spanish names the press gives US agencies', () => {
    expect(
      missing([
        [
          'El Departamento de Seguridad Interna anunció nuevas deportaciones de migrantes.',
          'Departamento de Seguridad Interna:dhs',
        ],
        [
          'Agentes de la Oficina de Inmigración y Control de Aduanas arrestaron a cinco migrantes.',
          'Inmigración y Control de Aduanas:ice',
        ],
        ['Los agentes del ICE detuvieron a un migrante en Chicago.', 'agentes del ICE:ice'],
        [
          'El tribunal migratorio de San Antonio ordenó la deportación del migrante.',
          'tribunal migratorio:immigration-court',
        ],
        [
          'La Oficina de Reubicación de Refugiados tiene bajo custodia a miles de niños migrantes no acompañados.',
          'Oficina de Reubicación de Refugiados:orr',
        ],
        [
          'La Protección de Aduanas y Fronteras detuvo a 2,000 migrantes en Arizona.',
          'Protección de Aduanas y Fronteras:cbp',
        ],
        [
          'El Servicio de Inmigración y Ciudadanía aprobó su green card.',
          'Servicio de Inmigración y Ciudadanía:uscis',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('geography', () => {
  test('the borders and the train as the press names them', () => {
    expect(
      missing([
        [
          'Miles de migrantes llegan a la frontera entre Estados Unidos y México cada semana.',
          'frontera entre Estados Unidos y México:us-mexico-border',
        ],
        [
          'La Patrulla Fronteriza reportó menos cruces en la frontera sur de Estados Unidos.',
          'frontera sur de Estados Unidos:us-mexico-border',
        ],
        [
          'Agentes de ICE y la Patrulla Fronteriza vigilan la frontera con México para detener a migrantes.',
          'frontera con México:us-mexico-border',
        ],
        [
          'El INM instaló retenes migratorios cerca de la frontera con Guatemala para detener a migrantes.',
          'frontera con Guatemala:frontera-sur',
        ],
        [
          'Los migrantes viajan en el techo del tren de la muerte desde Chiapas.',
          'tren de la muerte:la-bestia',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('international', () => {
  test('the variants of international bodies’ and compacts’ Spanish names', () => {
    expect(
      missing([
        [
          'La Organización Internacional para la Migración atiende a migrantes varados en Tapachula.',
          'Organización Internacional para la Migración:iom',
        ],
        [
          'El Alto Comisionado de Naciones Unidas para los Refugiados pidió proteger a los solicitantes de asilo.',
          'Alto Comisionado de Naciones Unidas para los Refugiados:unhcr',
        ],
        [
          'México firmó el Pacto Global para la Migración en Marrakech.',
          'Pacto Global para la Migración:gcm',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('journalism', () => {
  test('reporting words for undocumented people and mass deportation', () => {
    expect(
      missing([
        [
          'Trump prometió una deportación en masa de migrantes indocumentados.',
          'deportación en masa:mass-deportation',
        ],
        [
          'Los inmigrantes sin documentos temen las redadas de ICE.',
          'inmigrantes sin documentos:undocumented',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('English: how the wires name Mexican institutions and US detention', () => {
  test('AP-style names', () => {
    expect(
      missing([
        [
          "Mexico's National Immigration Institute said 300 migrants were detained.",
          'National Immigration Institute:inm',
        ],
        [
          "Mexico's refugee agency said migrants who sought asylum in Mexico must stay in Chiapas.",
          "Mexico's refugee agency:comar",
        ],
        [
          "Mexico's refugee agency said migrants who sought asylum in Mexico must stay in Chiapas.",
          'sought asylum in Mexico:condicion-refugiado-mx',
        ],
        [
          "Mexico's Foreign Relations Department said its consulates assisted 2,000 migrants detained by U.S. Immigration and Customs Enforcement.",
          "Mexico's Foreign Relations Department:sre",
        ],
        [
          "Mexico's highest court ruled that migrants held in immigration stations cannot be detained more than 36 hours.",
          "Mexico's highest court:scjn",
        ],
        [
          'The fire at the Mexican migrant detention center killed 40 migrants.',
          'Mexican migrant detention center:estacion-migratoria',
        ],
        ['Migrants self-deported after ICE raids.', 'self-deported:self-deportation'],
        ['The ICE facility in Newark holds 1,000 migrants.', 'ICE facility:ice-detention'],
        [
          'Homeland Security said ICE agents would deport more asylum seekers under the new policy.',
          'Homeland Security:dhs',
        ],
      ]),
    ).toEqual([]);
  });

  test('homeland security as a field, with no migration beside it, is not the department', () => {
    expect(marks('Homeland security experts discussed drones at the conference.')).toEqual([]);
  });
});

describe('a form that ended in another entry’s name took that mark', () => {
  // "operativo del INM" was one form of the operation: on a page whose only INM was in it, the INM was not found.
  test('both are found: the operation and the INM, the office and the CBP, the apprehension and the Border Patrol', () => {
    expect(
      missing([
        ['Tras los operativos del INM en las vías, los migrantes dejaron el tren.', 'operativos:operativo'],
        ['Tras los operativos del INM en las vías, los migrantes dejaron el tren.', 'INM:inm'],
        [
          'La Oficina de Operaciones de Campo de la CBP atiende las garitas donde cruzan los migrantes.',
          'CBP:cbp',
        ],
        [
          'Las aprehensiones de la Patrulla Fronteriza de migrantes bajaron en marzo.',
          'Patrulla Fronteriza:usbp',
        ],
        ['La Casa del Migrante de Tijuana recibió a cien deportados.', 'Tijuana:tijuana'],
        [
          'El juez dijo que la sección 212(f) de la Ley de Inmigración y Nacionalidad no permite negar el asilo a los migrantes.',
          'Ley de Inmigración y Nacionalidad:ina',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('US Spanish of legal aid: Spanglish and the agencies’ misnamings', () => {
  test('aplicar, bond and the swapped conjunction', () => {
    expect(
      missing([
        [
          'El Servicio de Ciudadanía y Inmigración aprobó la green card de la migrante.',
          'Servicio de Ciudadanía y Inmigración:uscis',
        ],
        [
          'Con la aplicación de asilo pendiente, el migrante puede pedir permiso de trabajo a USCIS.',
          'aplicación de asilo:asylum-us',
        ],
        [
          'Tras 5 años como residente, aplicó para la ciudadanía y pasó el examen de ciudadanía.',
          'aplicó para la ciudadanía:naturalization-us',
        ],
        [
          'ICE aplicó la remoción acelerada a los migrantes detenidos en la frontera.',
          'remoción acelerada:expedited-removal',
        ],
        [
          'El migrante pasó la prueba de miedo creíble ante un oficial de asilo.',
          'prueba de miedo creíble:credible-fear',
        ],
        [
          'La familia pagó el bond de inmigración para que ICE liberara al migrante.',
          'bond de inmigración:bond-hearing',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('names harvested from Spanish news and legal guides', () => {
  test('COMAR with "para", the humanitarian visa, ICE bare of its "Control", the detainer as guides calque it', () => {
    expect(
      missing([
        [
          'Miles de migrantes acuden a la Comisión Mexicana de Ayuda para Refugiados en Tapachula.',
          'Comisión Mexicana de Ayuda para Refugiados:comar',
        ],
        [
          'Los migrantes esperan en Tapachula la visa por razones humanitarias del INM.',
          'visa por razones humanitarias:tvrh',
        ],
        [
          'Las autoridades locales notificarán a Inmigración y Aduanas (ICE) cuando detengan a un inmigrante.',
          'Inmigración y Aduanas:ice',
        ],
        [
          'Si tiene un detenedor de ICE, el inmigrante no podrá salir bajo fianza.',
          'detenedor de ICE:detainer',
        ],
      ]),
    ).toEqual([]);
  });

  test("a traveler's customs and immigration is not ICE", () => {
    expect(
      marks('Al llegar al aeropuerto de Cancún, pase por inmigración y aduanas con su pasaporte.'),
    ).toEqual([]);
  });
});

describe("names from USCIS's and CBP's Spanish pages and the press that quotes them", () => {
  test('the agencies’ own Spanish for their processes and counts', () => {
    expect(
      missing([
        [
          'La Oficina de Aduanas y Control Fronterizo registró 269,735 encuentros con inmigrantes indocumentados.',
          'Aduanas y Control Fronterizo:cbp',
        ],
        [
          'El 62% de los migrantes detenidos por la Patrulla Fronteriza fueron adultos solteros.',
          'adultos solteros:single-adult',
        ],
        [
          'El Formulario I-131F es la solicitud de permiso de permanencia temporal en el país para cónyuges indocumentados de ciudadanos.',
          'permiso de permanencia temporal en el país:parole-in-place',
        ],
        [
          'USCIS cerró los Procesos para Cubanos, Haitianos, Nicaragüenses y Venezolanos.',
          'Procesos para Cubanos, Haitianos, Nicaragüenses y Venezolanos:chnv',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('the Migration Law’s and the consulates’ own wording', () => {
  test('"en calidad de presentada", "la S.R.E."', () => {
    expect(
      missing([
        [
          'Será deportada toda persona extranjera que se encuentre en calidad de presentada en una estación migratoria del INM.',
          'en calidad de presentada:presentacion',
        ],
        [
          'Gracias a un convenio entre el INE y la S.R.E., los mexicanos en el exterior pueden tramitar su credencial para votar en los consulados de México.',
          'S.R.E:sre',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('English and Spanish for the INM’s and COMAR’s people and role', () => {
  test('Mexican immigration agents, Mexico’s asylum agency', () => {
    expect(
      missing([
        [
          'Mexican immigration agents detained 200 migrants at a checkpoint in Chiapas.',
          'Mexican immigration agents:inm',
        ],
        [
          "Mexico's asylum agency said applications from migrants hit a record.",
          "Mexico's asylum agency:comar",
        ],
        [
          'Agentes migratorios mexicanos detuvieron a 40 migrantes en un retén de Chiapas.',
          'Agentes migratorios mexicanos:inm',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('holdout22 kinds (released): a predicative "mixed-status", I-9 records', () => {
  test('"our family is mixed-status" and "the company\'s I-9 employment records" name their concepts', () => {
    expect(
      missing([
        [
          "Homeland Security Investigations is executing a warrant tied to the company's I-9 employment records; ICE detained 80 undocumented workers.",
          'I-9 employment records:i-9',
        ],
      ]),
    ).toEqual([]);
    // A school district's FAQ for immigrant families (the case of holdout22-en-school-district-faq).
    expect(
      marks(
        'Under Plyler v. Doe, public schools cannot deny enrollment based on immigration status.',
        'Our family is mixed-status. Will the school share our information with ICE?',
      ),
    ).toContain('mixed-status:mixed-status-family');
  });

  test('a mixed status of anything else, with no migration beside it, is not the family', () => {
    expect(marks("The mixed status of the project's funding delayed construction.")).toEqual([]);
  });
});

describe('more reporting names: a wave, a massacre, people in an irregular situation, the Northern Triangle', () => {
  test('Spanish press variants', () => {
    expect(
      missing([
        [
          'La Patrulla Fronteriza enfrenta una ola migratoria sin precedentes en Texas.',
          'ola migratoria:surge',
        ],
        [
          'La masacre en el Walmart de El Paso dejó 23 muertos; el atacante apuntó contra mexicanos e inmigrantes.',
          'masacre en el Walmart de El Paso:el-paso-shooting-2019',
        ],
        [
          'Miles de personas en situación migratoria irregular esperan en Tapachula un documento del INM.',
          'personas en situación migratoria irregular:irregular-migrant',
        ],
        ['Migrantes del Triángulo del Norte piden asilo en México.', 'Triángulo del Norte:northern-triangle'],
        // The English 'asylum in Mexico' was Mexico's; the Spanish went to the US asylum.
        [
          'Migrantes del Triángulo del Norte piden asilo en México.',
          'asilo en México:condicion-refugiado-mx',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('a deportation named with its country', () => {
  test('Mexico deporting, deportations to Mexico', () => {
    expect(
      missing([
        [
          'México deportó a 300 guatemaltecos el fin de semana desde Tapachula.',
          'México deportó:deportacion-mx',
        ],
        [
          'Las deportaciones a México aumentaron con Trump, según ICE.',
          'deportaciones a México:removal-deportation',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('Mexican statuses and documents named with their country, the Juárez fire without "Ciudad"', () => {
  test('residencia en México, constancia de refugio, incendio en la estación migratoria de Juárez', () => {
    expect(
      missing([
        [
          'Tras cuatro años con residencia temporal en México, pidió la residencia permanente en México ante el INM.',
          'residencia permanente en México:residente-permanente',
        ],
        [
          'Con la constancia de refugio de la COMAR, los migrantes no pueden salir de Chiapas.',
          'constancia de refugio:constancia-comar',
        ],
        [
          'A dos años del incendio en la estación migratoria de Juárez, las familias de los 40 migrantes piden justicia.',
          'incendio en la estación migratoria de Juárez:juarez-fire-2023',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('the digital FMM in capitals', () => {
  test('FMMD', () => {
    expect(
      missing([
        [
          'Al llegar, el oficial de migración le pidió generar la FMMD para tramitar su tarjeta de residente temporal ante el INM.',
          'FMMD:fmm',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('CBP with a singular "Aduana"', () => {
  test('Aduana y Protección Fronteriza', () => {
    expect(
      missing([
        [
          'Los oficiales de Aduana y Protección Fronteriza rechazaron su solicitud de asilo en la garita.',
          'Aduana y Protección Fronteriza:cbp',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('holdout23: names its reviewer found no entry for', () => {
  test('"estatus mixto" (ambiguous), the "fiscalía de ICE" (OPLA), the "Centro Fray Matías"', () => {
    expect(
      missing([
        [
          'Por los operativos de ICE, muchas familias tienen estatus mixto: padres sin papeles e hijos ciudadanos.',
          'estatus mixto:mixed-status-family',
        ],
        [
          'En la corte de inmigración, el abogado de la fiscalía de ICE pidió la deportación.',
          'fiscalía de ICE:opla',
        ],
        [
          'Las defensoras del Centro Fray Matías visitaron la estación migratoria del INM en Tapachula.',
          'Centro Fray Matías:cdh-fray-matias',
        ],
      ]),
    ).toEqual([]);
    // Ambiguous: a company's mixed status is no family's.
    expect(marks('La empresa tiene estatus mixto ante el SAT: una parte exenta y otra gravada.')).toEqual([]);
  });
});
