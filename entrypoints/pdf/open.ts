// Opening a PDF with PDF.js, from bytes the reader already has (a file they chose or dropped, or the one file they
// asked Glosa to download). Everything PDF.js needs comes from the extension's own package: its workers (one reads
// the file, one draws the pages off the main thread; where the browser cannot, PDF.js draws on the main thread), the
// standard fonts, the character maps and the image decoders; nothing is fetched from elsewhere.
import { GlobalWorkerOptions, getDocument, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { packagedUrl } from '@/components/packaged';

GlobalWorkerOptions.workerSrc = workerUrl;
GlobalWorkerOptions.rendererSrc = rendererUrl;

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

/**
 * Asks the reader for the PDF's password (`wrong`: the last one given did not open it); null when they give up.
 */
export type AskPassword = (wrong: boolean) => Promise<string | null>;

export async function openPdf(data: Uint8Array, askPassword: AskPassword): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data,
    standardFontDataUrl: packagedUrl('/pdfjs/standard_fonts/'),
    cMapUrl: packagedUrl('/pdfjs/cmaps/'),
    cMapPacked: true,
    wasmUrl: packagedUrl('/pdfjs/wasm/'),
    // Forms and scripts inside a PDF are not Glosa's to run.
    enableXfa: false,
  });
  // A protected file waits here until the reader gives its password; giving up ends the task with a PasswordException.
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(reason === PasswordResponses.INCORRECT_PASSWORD).then((password) => {
      if (password === null) void task.destroy();
      else update(password);
    });
  };
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as Error)?.name ?? '';
    const message = (error as Error)?.message ?? String(error);
    if (name === 'PasswordException' || task.destroyed) throw new OpenError('password', message);
    if (name === 'InvalidPDFException') throw new OpenError('damaged', message);
    throw new OpenError('unreadable', message);
  }
}
