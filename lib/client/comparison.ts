import type { Column, Comparison } from '../view/comparison';
import { rowToolsHtml } from '../view/comparison-html';
import { carrierText, outletNamer, type ComparisonView } from '../view/comparison-layout';
import {
  comparisonReducer,
  initialComparisonState,
  isOpeningView,
  shareSuffix,
  shownBase,
  type ComparisonAction,
  type ComparisonState,
} from '../view/comparison-state';
import { rowFromHash } from '../view/url';
import { copyText, islandProps, scrollIntoViewSettled, showControls } from './dom';

/** What the server hands the island in its `data-props` (components/comparison/Comparison.tsx). */
export interface ComparisonIslandProps {
  columns: Column[];
  /** Which columns carry each row, by row number (for selecting a row in the opening view). */
  carriers: Record<number, string[]>;
  /** The event's data file, from which any other view is drawn (fetched on the first such view). */
  dataUrl: string;
  openingBase: string;
  openingVisible: string[];
  basePath: string;
}

type Drawing = typeof import('./comparison-draw');

/** The drawing code, fetched once, on the first view the server did not render. */
let drawing: Promise<Drawing> | undefined;
function loadDrawing(): Promise<Drawing> {
  drawing ??= import('./comparison-draw');
  drawing.catch(() => (drawing = undefined));
  return drawing;
}

/**
 * The comparison's interactive part, around the rows the server rendered. A plain script, not a React island: the
 * page's HTML is React's (rendered at build time), and what runs in the browser is this file and the view modules it
 * shares with the server (lib/view), so a page boots no framework (issue 13: Next's and React's start-up was most of
 * the main-thread work on a slow phone). It holds the reader's choices (comparisonReducer) and:
 * - while the view is the one the server rendered, leaves those rows alone: selecting a row sets a class on its
 *   element and puts the row's tools inside it;
 * - for any other view, draws the body from the event's data file with the server's own HTML writer
 *   (comparisonBodyHtml, in the chunk lib/client/comparison-draw.ts, fetched then); back to the opening view, the
 *   server's rows return.
 */
export function startComparison(root: HTMLElement): void {
  const props = islandProps<ComparisonIslandProps>(root);
  const { columns, carriers, openingBase, openingVisible, basePath } = props;
  const keys = columns.map((c) => c.key);
  const opening = { base: openingBase, visible: openingVisible };
  const nameOf = outletNamer(columns);
  let models: ((pair: readonly [string, string] | null) => Promise<Comparison>) | undefined;
  const loadModel = (pair: readonly [string, string] | null) =>
    loadDrawing().then((d) => {
      models ??= d.modelLoader(props.dataUrl);
      return Promise.all([d, models(pair)] as const);
    });
  const body = root.querySelector<HTMLElement>('.cmp-body')!;
  /** The server's rows while another view is drawn: kept as they are (not serialised), put back for the opening. */
  let serverRows: DocumentFragment | null = null;
  const controls = root.querySelector<HTMLElement>('.controls');
  const status = controls?.querySelector<HTMLElement>('[role="status"]');
  const pairNote = root.querySelector<HTMLElement>('[data-pair-view]');
  const pageTitle = document.title;

  let state: ComparisonState = initialComparisonState({ keys, ...opening });
  /** What the body shows: 'opening' (the server's rows) or the view it was drawn for. */
  let drawn = 'opening';
  /** Each drawing's number: a slow data file must not draw over a later view. */
  let drawings = 0;
  let scrollTo: number | null = null;
  // A page opened on a pair (?pair=, ?a=&b=) without a passage: the pair is what the reader came for, so it is
  // scrolled to once drawn.
  let scrollToPair = false;

  const say = (text: string) => {
    if (status) status.textContent = text;
  };

  const dispatch = (action: ComparisonAction) => {
    const next = comparisonReducer(state, action);
    if (next === state) return;
    state = next;
    render();
  };

  const link = (n?: number | null) =>
    `${window.location.origin}${window.location.pathname}${shareSuffix(state, n)}`;
  const copy = (text: string, what: string) =>
    copyText(text).then(
      () => say(`${what} copied.`),
      () => say(`Copy failed; the link is: ${text}`),
    );

  /** The view to draw: the selection counts only through the filters (they never hide it). */
  const viewOf = (s: ComparisonState): ComparisonView => ({
    base: shownBase(s),
    visible: s.visible,
    differencesOnly: s.differencesOnly,
    fold: s.fold,
    opened: s.opened,
    selected: s.differencesOnly || s.fold ? s.selected : null,
  });

  function syncControls(): void {
    if (!controls) return;
    const base = controls.querySelector<HTMLSelectElement>('select[data-control="base"]');
    if (base) {
      const shown = columns.filter((c) => state.visible.includes(c.key));
      const want = shown.map((c) => c.key).join(' ');
      if ([...base.options].map((o) => o.value).join(' ') !== want)
        base.replaceChildren(...shown.map((c) => new Option(c.outlet.name, c.key)));
      base.value = shownBase(state);
    }
    const picker = controls.querySelector<HTMLElement>('.outlet-picker');
    if (picker) picker.hidden = state.pair !== null;
    for (const box of controls.querySelectorAll<HTMLInputElement>('input[data-outlet]')) {
      const key = box.dataset.outlet!;
      box.checked = state.visible.includes(key);
      box.disabled = state.visible.length === 1 && box.checked;
    }
    const only = controls.querySelector<HTMLInputElement>('input[data-control="differences-only"]');
    if (only) only.checked = state.differencesOnly;
    const fold = controls.querySelector<HTMLInputElement>('input[data-control="fold"]');
    if (fold) fold.checked = state.fold;
  }

  function syncPair(): void {
    const pair = state.pair;
    if (pairNote && (pair || !pairNote.hidden)) {
      pairNote.hidden = !pair;
      const names = pairNote.querySelector('strong');
      if (pair && names) names.textContent = `${nameOf(pair[0])} vs ${nameOf(pair[1])}`;
      pairNote.querySelector('a')?.setAttribute('href', window.location.pathname);
    }
    // A pair view says so in the tab's title, as the pair pages it replaces did.
    const title = pair ? `${nameOf(pair[0])} vs ${nameOf(pair[1])}: ${pageTitle}` : pageTitle;
    if (document.title !== title) document.title = title;
  }

  /** The selected row: a class on its element and its tools inside it; scrolled to once the right rows are drawn. */
  function syncSelection(): void {
    for (const el of body.querySelectorAll('li.is-selected')) el.classList.remove('is-selected');
    for (const el of body.querySelectorAll('.row-tools')) el.remove();
    const n = state.selected;
    const el = n !== null ? body.querySelector<HTMLElement>(`li[id="r${n}"]`) : null;
    if (!el || n === null) return;
    el.classList.add('is-selected');
    const carried = carriers[n];
    if (carried) el.insertAdjacentHTML('beforeend', rowToolsHtml(n, carrierText(carried, keys, nameOf)));
    if (scrollTo === n && drawn === wantedView()) {
      scrollTo = null;
      requestAnimationFrame(() => scrollIntoViewSettled(el));
    }
  }

  const wantedView = () =>
    isOpeningView(state, opening) ? 'opening' : JSON.stringify([state.pair, viewOf(state)]);

  function render(): void {
    syncControls();
    syncPair();
    // Set only when it changes: a custom property on the comparison restyles every row.
    const cols = String(state.visible.length);
    if (root.style.getPropertyValue('--cols') !== cols) root.style.setProperty('--cols', cols);
    const view = viewOf(state);
    const wanted = wantedView();
    if (wanted === drawn) {
      syncSelection();
      return;
    }
    const mine = ++drawings;
    if (wanted === 'opening') {
      if (serverRows) body.replaceChildren(serverRows);
      serverRows = null;
      drawn = wanted;
      syncSelection();
      return;
    }
    loadModel(state.pair).then(
      ([d, model]) => {
        if (mine !== drawings) return;
        if (drawn === 'opening') {
          serverRows = document.createDocumentFragment();
          serverRows.append(...body.childNodes);
        }
        body.innerHTML = d.bodyHtml(model, view, basePath);
        drawn = wanted;
        syncSelection();
        if (state.pair && scrollToPair) {
          scrollToPair = false;
          requestAnimationFrame(() => root.scrollIntoView({ block: 'start' }));
        }
      },
      () => say('This view needs the event’s data file, which could not be loaded; the opening view stays.'),
    );
  }

  // The reader is about to change the view: a chance to load what redraws it.
  const intent = () => void loadModel(state.pair).catch(() => undefined);
  controls?.addEventListener('pointerover', intent, { once: true });
  controls?.addEventListener('focusin', intent, { once: true });
  controls?.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    const control = input.dataset.control;
    if (control === 'base') dispatch({ type: 'choose-base', base: input.value });
    else if (control === 'differences-only')
      dispatch({ type: 'differences-only', on: (input as HTMLInputElement).checked });
    else if (control === 'fold') dispatch({ type: 'fold', on: (input as HTMLInputElement).checked });
    else if (input.dataset.outlet) dispatch({ type: 'toggle-outlet', key: input.dataset.outlet });
  });
  controls
    ?.querySelector('[data-control="share"]')
    ?.addEventListener('click', () => void copy(link(state.selected), 'Link to this view'));

  // Clicks on rows and on the buttons in them are handled here, once, rather than on each of hundreds of rows.
  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const copyRow = target.closest<HTMLElement>('[data-copy-row]');
    if (copyRow) {
      const n = Number(copyRow.dataset.copyRow);
      void copy(link(n), `Link to passage ${n}`);
      return;
    }
    const fold = target.closest<HTMLElement>('[data-open-fold]');
    if (fold) {
      dispatch({ type: 'open-fold', n: Number(fold.dataset.openFold) });
      return;
    }
    if (target.closest('a, button, select, input, .controls')) return;
    const row = target.closest<HTMLElement>('li.cmp-row[id]');
    const n = row ? rowFromHash(`#${row.id}`) : undefined;
    if (n === undefined || window.getSelection()?.toString()) return;
    dispatch({ type: 'select', n });
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#r${n}`);
  });

  // The reader's choices from the URL, then the #r<N> hash, followed from then on.
  const fromHash = () => {
    const n = rowFromHash(window.location.hash) ?? null;
    const carried = n !== null ? carriers[n] : undefined;
    scrollTo = n;
    dispatch({ type: 'select', n, ...(carried ? { carriers: carried } : {}) });
    if (n !== null && scrollTo === n) syncSelection();
  };
  scrollToPair = rowFromHash(window.location.hash) === undefined;
  state = comparisonReducer(state, { type: 'restore', search: window.location.search });
  render();
  fromHash();
  window.addEventListener('hashchange', fromHash);
  if (controls) showControls(controls);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-island="comparison"]'))
  startComparison(root);
