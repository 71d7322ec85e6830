// Opening a PDF with PDF.js, from bytes the reader already has (a file they chose or dropped, or the one file they
// asked Glosa to download). Everything PDF.js needs comes from the extension's own package: its worker, the
// standard fonts, the character maps and the image decoders; nothing is fetched from elsewhere.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { packagedUrl } from '@/components/packaged';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Why a PDF did not open, for the message the reader sees. */
export type OpenFailure = 'password' | 'damaged' | 'unreadable';

export class OpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    detail: string,
  ) {
    super(detail);
  }
}

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data,
    standardFontDataUrl: packagedUrl('/pdfjs/standard_fonts/'),
    cMapUrl: packagedUrl('/pdfjs/cmaps/'),
    cMapPacked: true,
    wasmUrl: packagedUrl('/pdfjs/wasm/'),
    // Forms and scripts inside a PDF are not Glosa's to run.
    enableXfa: false,
  });
  // No onPassword: a password-protected file then fails at once with a PasswordException (Glosa asks for no
  // passwords) instead of waiting for one.
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as Error)?.name ?? '';
    const message = (error as Error)?.message ?? String(error);
    if (name === 'PasswordException') throw new OpenError('password', message);
    if (name === 'InvalidPDFException') throw new OpenError('damaged', message);
    throw new OpenError('unreadable', message);
  }
}
