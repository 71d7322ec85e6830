// Glosa's own timings on the page's performance timeline, read by `npm run bench` and visible in DevTools. Only a
// bench build (`wxt build --mode bench`) has them: a page can read its timeline, and would learn Glosa is there.
export const TIMING = import.meta.env.MODE === 'bench';

/** Records one measure from `start` to now, replacing any earlier one of the same name (so it never grows). */
export function measure(name: string, start: number, detail?: unknown): void {
  if (!TIMING) return;
  performance.clearMeasures(name);
  performance.measure(name, { start, detail });
}
