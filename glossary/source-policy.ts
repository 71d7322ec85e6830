// The source policy of glossary/README.md as data: hosts a source may not come from, and hosts that count as
// official, statutory or court sources. A host matches a rule when it equals it or ends with "." + rule.

/** Hosts the policy excludes, with the reason shown when an entry cites one. */
export const EXCLUDED_HOSTS: Record<string, string> = {
  // Partisan opinion.
  'hannity.com': 'partisan opinion',
  // Marketing pages (law firms, consultancies, paid press releases, businesses).
  'myomnilawyer.com': 'law-firm marketing page',
  'eiglaw.com': 'law-firm marketing page',
  'maggio-kattar.com': 'law-firm marketing page',
  'millermayer.com': 'law-firm marketing page',
  'poynerspruill.com': 'law-firm marketing page',
  'goldbergsegalla.com': 'law-firm marketing page',
  'mgkflitigationblog.com': 'law-firm marketing page',
  'ecija.com': 'law-firm marketing page',
  'avanzzaconsultores.com.mx': 'consultancy marketing page',
  'mexpro.com': 'insurance marketing blog',
  'casaclubvenezuelacancun.com': 'business page',
  'einpresswire.com': 'paid press-release distribution',
  'targetednews.com': 'paid press-release distribution',
  // Document-copy sites: cite the publisher's own copy.
  'pdfslide.es': 'document-copy site',
  'pdfslide.net': 'document-copy site',
  'studylib.es': 'document-copy site',
  'studylib.net': 'document-copy site',
  'docslib.org': 'document-copy site',
  'fdocuments.in': 'document-copy site',
  'vdocuments.mx': 'document-copy site',
  'dokumen.pub': 'document-copy site',
  'pdfcoffee.com': 'document-copy site',
  'scribd.com': 'document-copy site',
  'texas.public.law': 'statute copy (cite statutes.capitol.texas.gov)',
  // Machine translation.
  'global-regulation.com': 'machine-translation site',
  // Rewrites of other outlets' articles and odd mirrors: cite the original.
  'pledgetimes.com': 'rewrite of other outlets',
  'updatevibe.com': 'rewrite of other outlets',
  'law360.co.uk': 'mirror of another outlet',
  // Staging and raw CDN hosts: cite the public address.
  'craft2.vera.org': 'staging host',
  'cloudfront.net': 'raw CDN host',
  'arc-cdn.net': 'raw CDN host',
};

/** Official sites, statutes and regulations, court records: an entry with a legal basis or a status cites one. */
export const PRIMARY_HOSTS: string[] = [
  // Governments.
  'gov',
  'mil',
  'gob.mx',
  'gob.gt',
  'gob.hn',
  'gob.sv',
  'gob.pa',
  'gob.ec',
  'gob.es',
  'go.cr',
  'gc.ca',
  'boe.es',
  // Mexico's autonomous state bodies (central bank, statistics institute) keep their own domains.
  'banxico.org.mx',
  'inegi.org.mx',
  // Statutes, regulations and court records published by others.
  'law.cornell.edu',
  'courtlistener.com',
  'supreme.justia.com',
  'law.justia.com',
  'clearinghouse.net',
  // Intergovernmental bodies and courts.
  'un.org',
  'undocs.org',
  'unhcr.org',
  'acnur.org',
  'refworld.org',
  'iom.int',
  'ohchr.org',
  'oas.org',
  'corteidh.or.cr',
  'europa.eu',
];

/**
 * Entries with a status or legal basis for which no official source has been found yet, with what is missing. The
 * check lists them as warnings instead of failing; remove an id once its official source is cited.
 */
export const PRIMARY_SOURCE_GAPS: Record<string, string> = {
  'arizona-prop-314':
    'an Arizona Legislature (azleg.gov) or Secretary of State (azsos.gov) copy of HCR 2060 / Proposition 314 (only a LegiScan copy and press found)',
  'hermano-vuelve-a-casa':
    'a Honduran government page or La Gaceta copy of decree PCM-08-2025 (only press reports found)',
  'mexico-te-abraza': 'a SEGOB or Presidencia page on the strategy (only press reports found)',
  'operation-wetback':
    'an INS annual report (1954-55) or National Archives page on the 1954 campaign (only scholarship and press found)',
};

/** The host of a url, lower case, without "www."; empty for a malformed url. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

function matchesRule(host: string, rule: string): boolean {
  return host === rule || host.endsWith(`.${rule}`);
}

/** Why the policy excludes this url's host, or undefined when it does not. */
export function excludedReason(url: string): string | undefined {
  const host = hostOf(url);
  const rule = Object.keys(EXCLUDED_HOSTS).find((r) => matchesRule(host, r));
  return rule ? EXCLUDED_HOSTS[rule] : undefined;
}

export function isPrimarySource(url: string): boolean {
  const host = hostOf(url);
  return PRIMARY_HOSTS.some((rule) => matchesRule(host, rule));
}
