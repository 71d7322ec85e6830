// The Glosa PDF reader: a PDF opened from a file (chosen or dropped) or, on the reader's explicit request, from its
// address, drawn with PDF.js, its text layer marked by the same page engine as any web page (engine.ts).
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { setUpPage } from '@/components/page-setup';
import { siteCovered } from '@/components/pdf-address';
import { startEngine } from './engine';
import { createFinder } from './find';
import { OpenError, openPdf } from './open';
import { createViewer, type Viewer, ZOOM_STEPS } from './viewer';
import './reader.css';

await setUpPage('pdfPageTitle');

const toolbar = document.getElementById('toolbar')!;
const notice = document.getElementById('notice')!;
const viewerElement = document.getElementById('viewer')!;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { label?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { label, ...rest } = props;
  Object.assign(el, rest);
  if (label) {
    el.setAttribute('aria-label', label);
    el.title = label;
  }
  el.append(...children);
  return el;
}

function say(text: string, kind: 'info' | 'error' = 'info', ...extra: Node[]) {
  notice.replaceChildren(element('p', {}, text), ...extra);
  notice.dataset.kind = kind;
  notice.hidden = false;
}
function quiet() {
  notice.hidden = true;
  notice.replaceChildren();
}

// Toolbar
const fileInput = element('input', { type: 'file', accept: 'application/pdf,.pdf', hidden: true });
const openButton = element('button', { type: 'button', className: 'open' }, t('pdfOpenFile'));
openButton.addEventListener('click', () => fileInput.click());
const previous = element('button', { type: 'button', label: t('pdfPrevious') }, '↑');
const next = element('button', { type: 'button', label: t('pdfNext') }, '↓');
const pageInput = element('input', { type: 'number', min: '1', value: '1', label: t('pdfPage') });
const pageCount = element('span', { className: 'count' });
const zoomOut = element('button', { type: 'button', label: t('pdfZoomOut') }, '−');
const zoomIn = element('button', { type: 'button', label: t('pdfZoomIn') }, '+');
const zoomLabel = element('output', { className: 'zoom' }, '100%');
const findInput = element('input', { type: 'search', placeholder: t('pdfFind'), label: t('pdfFind') });
const findStatus = element('output', { className: 'find-status' });
const darkToggle = element('input', { type: 'checkbox' });
const darkLabel = element('label', { className: 'dark' }, darkToggle, ` ${t('pdfDark')}`);
const navigation = element(
  'span',
  { className: 'nav' },
  previous,
  next,
  element('label', {}, `${t('pdfPage')} `, pageInput),
  ' ',
  pageCount,
);
const zoomGroup = element('span', { className: 'zoom-group' }, zoomOut, zoomLabel, zoomIn);
toolbar.append(
  element('strong', { className: 'brand' }, 'Glosa'),
  openButton,
  fileInput,
  navigation,
  zoomGroup,
  findInput,
  findStatus,
  darkLabel,
);
for (const control of [previous, next, pageInput, zoomOut, zoomIn, findInput]) control.disabled = true;

const DARK_KEY = 'glosa-pdf-dark';
const setDark = (on: boolean) => {
  document.documentElement.classList.toggle('dark-pages', on);
  darkToggle.checked = on;
};
setDark(
  localStorage.getItem(DARK_KEY) === '1' ||
    (localStorage.getItem(DARK_KEY) === null && matchMedia('(prefers-color-scheme: dark)').matches),
);
darkToggle.addEventListener('change', () => {
  localStorage.setItem(DARK_KEY, darkToggle.checked ? '1' : '0');
  setDark(darkToggle.checked);
});

// The open document
let viewer: Viewer | null = null;
let stopEngine: (() => void) | null = null;
const finder = createFinder();
// Each file chosen starts a new opening; an older one still waiting (for a password) gives up.
let opening = 0;
let giveUpPassword: (() => void) | null = null;

/** The password form, in the notice; `wrong` says the last password did not open the file. */
function askPassword(wrong: boolean): Promise<string | null> {
  return new Promise((resolve) => {
    giveUpPassword = () => resolve(null);
    document.documentElement.dataset.pdfState = wrong ? 'password-wrong' : 'password';
    const input = element('input', {
      type: 'password',
      name: 'password',
      autocomplete: 'off',
      required: true,
    });
    const form = element(
      'form',
      { className: 'password' },
      element('label', {}, `${t('pdfPasswordLabel')} `, input),
      ' ',
      element('button', { type: 'submit' }, t('pdfPasswordOpen')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      giveUpPassword = null;
      say(t('pdfLoading'));
      resolve(input.value);
    });
    say(wrong ? t('pdfPasswordWrong') : t('pdfPasswordAsk'), wrong ? 'error' : 'info', form);
    input.focus();
  });
}

async function show(data: Uint8Array, name: string) {
  const current = ++opening;
  giveUpPassword?.();
  giveUpPassword = null;
  stopEngine?.();
  stopEngine = null;
  finder.clear();
  viewer?.destroy();
  viewer = null;
  viewerElement.replaceChildren();
  document.documentElement.removeAttribute('data-pdf-state');
  say(t('pdfLoading'));
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(data, askPassword);
  } catch (error) {
    if (current !== opening) return;
    const reason = error instanceof OpenError ? error.reason : 'unreadable';
    document.documentElement.dataset.pdfState = reason;
    say(
      reason === 'password'
        ? t('pdfPassword')
        : reason === 'damaged'
          ? t('pdfDamaged')
          : t('pdfUnreadable', (error as Error).message),
      'error',
    );
    return;
  }
  if (current !== opening) {
    void pdf.loadingTask.destroy();
    return;
  }
  quiet();
  document.title = `${name} — Glosa`;
  const opened = createViewer(pdf, viewerElement, (page) => {
    pageInput.value = String(page);
  });
  viewer = opened;
  pageCount.textContent = t('pdfOfPages', opened.pageCount);
  pageInput.max = String(opened.pageCount);
  pageInput.value = '1';
  for (const control of [previous, next, pageInput, zoomOut, zoomIn, findInput]) control.disabled = false;
  try {
    await opened.firstPage;
  } catch (error) {
    document.documentElement.dataset.pdfState = 'damaged';
    say(t('pdfUnreadable', (error as Error).message), 'error');
    return;
  }
  if (viewer !== opened) return;
  document.documentElement.dataset.pdfState = 'open';
  stopEngine = startEngine(document);
  opened.allText.then(
    (chars) => {
      if (viewer !== opened) return;
      if (chars === 0) {
        document.documentElement.dataset.pdfState = 'no-text';
        say(t('pdfNoText'), 'info');
      } else document.documentElement.dataset.pdfState = 'read';
    },
    (error: Error) => {
      if (viewer === opened) say(t('pdfUnreadable', error.message), 'error');
    },
  );
}

async function showFile(file: File) {
  await show(new Uint8Array(await file.arrayBuffer()), file.name);
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void showFile(file);
  fileInput.value = '';
});
document.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  document.documentElement.classList.add('dropping');
});
document.addEventListener('dragleave', () => document.documentElement.classList.remove('dropping'));
document.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  document.documentElement.classList.remove('dropping');
  if (!file) return;
  event.preventDefault();
  void showFile(file);
});

// Navigation, zoom, find
const goTo = (page: number) => viewer?.goTo(page);
previous.addEventListener('click', () => viewer && goTo(viewer.currentPage() - 1));
next.addEventListener('click', () => viewer && goTo(viewer.currentPage() + 1));
pageInput.addEventListener('change', () => goTo(Number(pageInput.value)));
const zoomBy = (direction: 1 | -1) => {
  if (!viewer) return;
  const current = viewer.zoom();
  const steps =
    direction > 0 ? ZOOM_STEPS.filter((z) => z > current) : ZOOM_STEPS.filter((z) => z < current).reverse();
  const target = steps[0];
  if (target === undefined) return;
  viewer.setZoom(target);
  zoomLabel.textContent = `${Math.round(target * 100)}%`;
};
zoomIn.addEventListener('click', () => zoomBy(1));
zoomOut.addEventListener('click', () => zoomBy(-1));
let lastQuery = '';
findInput.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !viewer) return;
  event.preventDefault();
  const query = findInput.value;
  let total: number;
  if (query !== lastQuery) {
    lastQuery = query;
    total = finder.search(query, viewer.textLayers());
  } else total = finder.search(query, viewer.textLayers());
  if (total === 0) {
    findStatus.textContent = query.trim() ? t('pdfFindNone') : '';
    return;
  }
  findStatus.textContent = t('pdfFindResult', finder.step(!event.shiftKey), total);
});
findInput.addEventListener('input', () => {
  if (findInput.value === '') {
    finder.clear();
    findStatus.textContent = '';
  }
});

// Opened with an address (the popup's or the context menu's "Open in Glosa"): ask before downloading.
async function offerAddress(address: string) {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    say(t('pdfUnreadable', address), 'error');
    return;
  }
  if (url.protocol === 'file:') {
    say(t('pdfLocalFile'), 'info');
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    say(t('pdfUnreadable', address), 'error');
    return;
  }
  // Whether Glosa may reach the site already (in Chrome the content script's access to every page covers it, unless
  // the user limited Glosa's site access): read before the click, so the click can ask the browser at once.
  // The host without its port: Firefox grants a pattern with a port, yet its download still fails as if not granted.
  const origins = [`${url.protocol}//${url.hostname}/*`];
  const covered = siteCovered((await browser.permissions.getAll()).origins ?? [], url);
  const button = element('button', { type: 'button', className: 'fetch' }, t('pdfFetchButton'));
  button.addEventListener('click', async () => {
    // Otherwise the permission for this one site, asked while the reader's click still counts as their gesture,
    // and given back once the file is read.
    if (!covered) {
      let granted = false;
      try {
        granted = await browser.permissions.request({ origins });
      } catch {
        granted = false;
      }
      if (!granted) {
        say(t('pdfFetchDenied', url.host), 'error');
        return;
      }
    }
    say(t('pdfLoading'));
    let data: Uint8Array;
    try {
      const response = await fetch(url.href, { credentials: 'omit', cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      say(t('pdfFetchFailed', (error as Error).message), 'error');
      return;
    } finally {
      if (!covered) browser.permissions.remove({ origins }).catch(() => {});
    }
    await show(data, decodeURIComponent(url.pathname.split('/').pop() || url.host));
  });
  say(t('pdfFetchAsk', url.href, url.host), 'info', button);
}

const address = new URLSearchParams(location.search).get('file');
if (address) void offerAddress(address);
else say(t('pdfStart'));
