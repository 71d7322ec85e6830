// Whether a page of the PDF reader shows its image, read from its pixels: PDF.js paints a page opaque (white
// paper at least), while a page's canvas waiting for its image is transparent. The check draws the canvas into a
// small canvas apart from the document, so it changes nothing on the page. Runs in the page, e.g.
// `page.waitForFunction(pageDrawn, 1)` (Playwright) or `page.waitForFunction(pageDrawn, {}, 1)` (Puppeteer).
export const pageDrawn = (page: number): boolean => {
  const canvas = document.querySelector<HTMLCanvasElement>(`.page[data-page="${page}"] canvas`);
  if (!canvas) return false;
  const probe = new OffscreenCanvas(8, 8).getContext('2d', { willReadFrequently: true });
  if (!probe) return false;
  probe.drawImage(canvas, 0, 0, 8, 8);
  return probe.getImageData(0, 0, 8, 8).data.some((value, i) => i % 4 === 3 && value > 0);
};
