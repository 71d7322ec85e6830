// PDFs made for the reader's tests from our own fixture articles (tests/fixtures/*.html), with what real PDFs do to
// text: two columns written line by line across both (so the content's order is not the reading order), words
// hyphenated at line ends, emphasis in another font (a term split across text items, even inside a word: the bold
// first letter of a paragraph), a running header that contains a term, and page numbers. Plus bad input: a
// password-protected file, a file that is not a PDF, and a scan (pages with no text).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, PDFHexString, PDFName, rgb, StandardFonts } from 'pdf-lib';
import { FIXTURES_DIR } from './server';

interface Run {
  text: string;
  style: 'regular' | 'italic' | 'bold';
}
interface Paragraph {
  heading: boolean;
  runs: Run[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all);

/** The article's headings and paragraphs (what the page engine reads on the HTML page), with their emphasis. */
export function articleParagraphs(file: string): Paragraph[] {
  const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');
  const article = /<article>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
  const paragraphs: Paragraph[] = [];
  for (const [, tag, inner] of article.matchAll(/<(h1|h2|p)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const runs: Run[] = [];
    for (const [, open, , text] of (inner ?? '').matchAll(/(<(em|strong|a)\b[^>]*>)?([^<]+)(?:<\/\w+>)?/g)) {
      const clean = decode(text ?? '').replace(/\s+/g, ' ');
      if (!clean) continue;
      runs.push({ text: clean, style: open?.startsWith('<strong') ? 'bold' : open ? 'italic' : 'regular' });
    }
    paragraphs.push({ heading: tag !== 'p', runs });
  }
  return paragraphs;
}

interface Fonts {
  regular: PDFFont;
  italic: PDFFont;
  bold: PDFFont;
}

interface Piece {
  text: string;
  font: PDFFont;
  x: number;
}

/** Lays paragraphs into lines of `width`: greedy, hyphenating any word of 6+ letters that does not fit. */
function layLines(paragraphs: Paragraph[], fonts: Fonts, size: number, width: number): Piece[][] {
  const lines: Piece[][] = [];
  for (const paragraph of paragraphs) {
    // Words with their font; the first letter of a body paragraph in bold, like a run-in initial.
    const words: { text: string; font: PDFFont; glue: boolean }[] = [];
    for (const run of paragraph.runs) {
      const font = paragraph.heading ? fonts.bold : fonts[run.style];
      const parts = run.text.split(/(\s+)/);
      for (const part of parts) {
        if (!part) continue;
        if (/^\s+$/.test(part)) words.push({ text: ' ', font, glue: true });
        else words.push({ text: part, font, glue: false });
      }
    }
    const first = words.find((word) => !word.glue);
    if (first && !paragraph.heading && first.text.length > 2) {
      const index = words.indexOf(first);
      words.splice(
        index,
        1,
        { text: first.text[0]!, font: fonts.bold, glue: false },
        {
          text: first.text.slice(1),
          font: first.font,
          glue: false,
        },
      );
    }
    let line: Piece[] = [];
    let x = 0;
    const push = () => {
      while (line.length && line[line.length - 1]!.text === ' ') line.pop();
      if (line.length) lines.push(line);
      line = [];
      x = 0;
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.glue) {
        if (x > 0) {
          line.push({ text: ' ', font: word.font, x });
          x += word.font.widthOfTextAtSize(' ', size);
        }
        continue;
      }
      const w = word.font.widthOfTextAtSize(word.text, size);
      if (x + w <= width) {
        line.push({ text: word.text, font: word.font, x });
        x += w;
        continue;
      }
      // Hyphenate: the longest head of 3+ letters (leaving 3+) that fits with its hyphen.
      const letters = word.text;
      let cut = 0;
      if (/^[\p{L}]{6,}/u.test(letters)) {
        for (let k = letters.length - 3; k >= 3; k--) {
          if (x + word.font.widthOfTextAtSize(`${letters.slice(0, k)}-`, size) <= width) {
            cut = k;
            break;
          }
        }
      }
      if (cut > 0) {
        line.push({ text: `${letters.slice(0, cut)}-`, font: word.font, x });
        push();
        words.splice(i + 1, 0, { text: letters.slice(cut), font: word.font, glue: false });
        continue;
      }
      push();
      line.push({ text: word.text, font: word.font, x: 0 });
      x = w;
    }
    push();
    lines.push([]); // a blank line between paragraphs
  }
  return lines;
}

export interface ArticlePdfOptions {
  file: string;
  columns: 1 | 2;
  /** The article repeated until the PDF has at least this many pages. */
  minPages?: number;
  header: string;
  /** Width and height in points; US Letter by default. A small page spreads a short article over several. */
  size?: [number, number];
  /** Each line as one text item in the regular font (no emphasis): ~10 times faster to make, for long PDFs. */
  wholeLines?: boolean;
}

const PAGE = { width: 612, height: 792, margin: 54, gutter: 18 };
/** A5: the fixture articles take two or three pages, so their running headers repeat. */
export const A5: [number, number] = [420, 595];
export const A6: [number, number] = [298, 420];
const SIZE = 10.5;
const LEADING = 14;

export async function articlePdf(options: ArticlePdfOptions): Promise<Uint8Array> {
  const [width, height] = options.size ?? [PAGE.width, PAGE.height];
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const columnWidth =
    options.columns === 2 ? (width - 2 * PAGE.margin - PAGE.gutter) / 2 : width - 2 * PAGE.margin;
  const top = height - PAGE.margin - 10;
  const perColumn = Math.floor((top - PAGE.margin - 10) / LEADING);
  const paragraphs = articleParagraphs(options.file);
  let lines = layLines(paragraphs, fonts, SIZE, columnWidth);
  const perPage = perColumn * options.columns;
  const minLines = (options.minPages ?? 1) * perPage - perPage + 1;
  const once = lines;
  while (lines.length < minLines) lines = [...lines, ...once];

  for (let start = 0, pageNumber = 1; start < lines.length; start += perPage, pageNumber++) {
    const page = doc.addPage([width, height]);
    page.drawText(options.header, { x: PAGE.margin, y: height - 30, size: 9, font: fonts.italic });
    const number = String(pageNumber);
    page.drawText(number, {
      x: (width - fonts.regular.widthOfTextAtSize(number, 9)) / 2,
      y: 30,
      size: 9,
      font: fonts.regular,
    });
    // Row by row across the columns: the content's order mixes the columns, as many PDFs do.
    for (let row = 0; row < perColumn; row++) {
      for (let column = 0; column < options.columns; column++) {
        const line = lines[start + column * perColumn + row];
        if (!line) continue;
        const left = PAGE.margin + column * (columnWidth + PAGE.gutter);
        if (options.wholeLines) {
          const text = line.map((piece) => piece.text).join('');
          page.drawText(text, { x: left, y: top - row * LEADING, size: SIZE, font: fonts.regular });
          continue;
        }
        for (const piece of line) {
          page.drawText(piece.text, {
            x: left + piece.x,
            y: top - row * LEADING,
            size: SIZE,
            font: piece.font,
          });
        }
      }
    }
  }
  return doc.save();
}

/** Pages that are images only (as a scan without OCR): shapes, no text. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let n = 0; n < pages; n++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (let row = 0; row < 40; row++) {
      page.drawRectangle({
        x: PAGE.margin,
        y: PAGE.height - PAGE.margin - row * 16,
        width: 200 + ((row * 37) % 280),
        height: 7,
        color: rgb(0.2, 0.2, 0.2),
      });
    }
  }
  return doc.save();
}

/**
 * `source` protected by a user password (the standard security handler, revision 4): the key is checked as PDF 1.7
 * (ISO 32000-1, 7.6.3.3-4) says, while the crypt filters are Identity, so the content itself is stored as written
 * and only the password check stands between a reader and the text. The owner key is arbitrary (never checked).
 */
export async function passwordPdf(source: Uint8Array, password: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(source);
  const fileId = Buffer.from('glosa-test-0001', 'latin1');
  const owner = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256));
  const flags = -4;
  const pad = (text: Buffer) => Buffer.concat([text, PASSWORD_PAD]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const p = Buffer.alloc(4);
  p.writeInt32LE(flags);
  let key = md5(pad(Buffer.from(password, 'latin1')), owner, p, fileId);
  for (let i = 0; i < 50; i++) key = md5(key);
  let check = rc4(key, md5(PASSWORD_PAD, fileId));
  for (let n = 1; n <= 19; n++) check = rc4(Buffer.from(key.map((byte) => byte ^ n)), check);
  const user = Buffer.concat([check, Buffer.alloc(16)]);
  const encrypt = doc.context.obj({
    Filter: PDFName.of('Standard'),
    V: 4,
    R: 4,
    Length: 128,
    StmF: PDFName.of('Identity'),
    StrF: PDFName.of('Identity'),
    O: PDFHexString.of(owner.toString('hex')),
    U: PDFHexString.of(user.toString('hex')),
    P: flags,
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of(fileId.toString('hex')),
    PDFHexString.of(fileId.toString('hex')),
  ]);
  return doc.save({ useObjectStreams: false });
}

/** The padding string of the standard security handler (ISO 32000-1, 7.6.3.3, algorithm 2). */
const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4, which the password check uses (Node's OpenSSL may not offer it). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) % 256;
    j = (j + s[i]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) % 256]!;
  }
  return out;
}

/** A file named .pdf that is not one. */
export function notPdf(): Uint8Array {
  return new TextEncoder().encode('This is a plain text file with a .pdf name. Remain in Mexico.\n');
}

/** A TrueType font with the ligature glyphs (U+FB00–FB04), from the system (Debian's fonts-dejavu-core). */
export const LIGATURE_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/**
 * Text set the way typesetting software sets it, with ligature glyphs for fi, fl and ffi, and a font whose mapping
 * to Unicode (its ToUnicode map) gives each of them as its ligature character (U+FB01, U+FB02, U+FB03): what a PDF's
 * text layer then holds instead of the letters. One term per line, in English and Spanish.
 */
export const LIGATURE_LINES = [
  'An asylum of\uFB01cer heard the claim at the port of entry.',
  'A second asylum o\uFB03cer reviewed the credible fear \uFB01nding.',
  'The judge entered a \uFB01nal order of removal the same day.',
  'Her \uFB02ight from Tijuana was delayed by the Border Patrol.',
];

export async function ligaturePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Ligatures only where the text has them: no automatic 'liga' shaping of plain "fi".
  const font = await doc.embedFont(readFileSync(LIGATURE_FONT), { subset: false, features: { liga: false } });
  const page = doc.addPage(A5);
  LIGATURE_LINES.forEach((line, row) => {
    page.drawText(line, { x: 40, y: A5[1] - 80 - row * 22, size: 11, font });
  });
  return doc.save();
}
