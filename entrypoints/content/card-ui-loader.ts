// Loads the card's interface (components/card-ui.ts, shipped as card-ui.js) the first time it is needed.
import type { CardUi } from '@/components/card-ui';
import { CARD_UI_GLOBAL } from '@/components/package-globals';
import { loadPackagedScript } from '@/components/packaged';
import { measure } from './timing';

export async function loadCardUi(): Promise<CardUi> {
  const start = performance.now();
  const ui = await loadPackagedScript<CardUi>('/card-ui.js', CARD_UI_GLOBAL);
  // What the first card waited for, on the page's performance timeline (bench builds only, read by `npm run bench`).
  measure('glossary-card-ui', start);
  return ui;
}
