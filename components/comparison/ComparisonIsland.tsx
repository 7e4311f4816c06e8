'use client';

import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import type { Column, Comparison } from '@/lib/view/comparison';
import { carrierText, outletNamer, type ComparisonView } from '@/lib/view/comparison-layout';
import { comparisonFromData } from '@/lib/view/comparison-source';
import {
  comparisonReducer,
  initialComparisonState,
  isOpeningView,
  shareSuffix,
  shownBase,
} from '@/lib/view/comparison-state';
import { rowFromHash } from '@/lib/view/url';
import { ComparisonControls } from './ComparisonControls';
import { RowTools } from './ComparisonBody';

type LiveBodyComponent = typeof import('./LiveBody').LiveBody;

/** The redrawing component, fetched once, on the first view the server did not render. */
let liveBody: Promise<LiveBodyComponent> | undefined;
function loadLiveBody(): Promise<LiveBodyComponent> {
  liveBody ??= import('./LiveBody').then((m) => m.LiveBody);
  return liveBody;
}

/** The whole comparison, rebuilt from the event's data file once per page (lib/view/comparison-source.ts). */
const models = new Map<string, Promise<Comparison>>();
function loadModel(dataUrl: string, pair: readonly [string, string] | undefined): Promise<Comparison> {
  const key = `${dataUrl}#${pair?.join('-vs-') ?? ''}`;
  let model = models.get(key);
  if (!model) {
    model = fetch(dataUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
        return r.json();
      })
      .then((data) => comparisonFromData(data, pair));
    // A failed load is tried again on the next request (the reader may be back online).
    model.catch(() => models.delete(key));
    models.set(key, model);
  }
  return model;
}

function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return Promise.reject(new Error('no clipboard'));
}

/**
 * The comparison's interactive part, around the rows the server rendered (`children`). It holds the reader's
 * choices (comparisonReducer), shows the controls once scripts run, and:
 * - while the view is the one the server rendered, leaves those rows alone: selecting a row sets a class on its
 *   element and puts the row's tools inside it;
 * - for any other view, loads LiveBody and lets it draw the rows instead (back to the opening view, the server's rows
 *   return).
 * The query string is read in an effect rather than with useSearchParams, so the export keeps the full HTML
 * (useSearchParams would render only the Suspense fallback at build time).
 */
export function ComparisonIsland({
  columns,
  carriers,
  dataUrl,
  openingBase,
  openingVisible,
  children,
}: {
  columns: Column[];
  /** Which columns carry each row, by row number (for selecting a row in the opening view). */
  carriers: Record<number, string[]>;
  /** The event's data file, from which any other view is drawn (fetched on the first such view). */
  dataUrl: string;
  openingBase: string;
  openingVisible: string[];
  /** The rows of the opening view, rendered by the server. */
  children: ReactNode;
}) {
  const keys = useMemo(() => columns.map((c) => c.key), [columns]);
  const [state, dispatch] = useReducer(
    comparisonReducer,
    { keys, base: openingBase, visible: openingVisible },
    initialComparisonState,
  );
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [Live, setLive] = useState<LiveBodyComponent | null>(null);
  const [model, setModel] = useState<Comparison | null>(null);
  const [toolsHost, setToolsHost] = useState<HTMLElement | null>(null);
  // Whether the server's rows are gone: LiveBody replaced them once, or React drew them from a payload without them
  // (lib/export/payload.ts). From then on LiveBody draws every view, the opening one included.
  const [serverRowsGone, setServerRowsGone] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const scrollTo = useRef<number | null>(null);
  // A page opened on a pair (?pair=, ?a=&b=) without a passage: the pair is what the reader came for, so it is
  // scrolled to once drawn.
  const scrollToPair = useRef(false);

  const opening = isOpeningView(state, { base: openingBase, visible: openingVisible });
  const nameOf = useMemo(() => outletNamer(columns), [columns]);

  const pair = state.pair;
  const intent = useCallback(() => {
    Promise.all([loadLiveBody(), loadModel(dataUrl, pair ?? undefined)]).then(
      ([c, m]) => {
        setModel(m);
        setLive(() => c);
      },
      () =>
        setStatus(
          'This view needs the event’s data file, which could not be loaded; the opening view stays.',
        ),
    );
  }, [dataUrl, pair]);

  // Apply the reader's choices from the URL once, after hydration, then follow the #r<N> hash.
  useEffect(() => {
    dispatch({ type: 'restore', search: window.location.search });
    // Whether the URL named a pair is the reducer's to say (state.pair, below); here only whether it named a passage.
    scrollToPair.current = rowFromHash(window.location.hash) === undefined;
    /* eslint-disable-next-line react-hooks/set-state-in-effect -- the URL can only be read in the browser, after the
       server-rendered HTML has hydrated with the opening view. */
    setReady(true);
    const fromHash = () => {
      const n = rowFromHash(window.location.hash) ?? null;
      const carried = n !== null ? carriers[n] : undefined;
      dispatch({ type: 'select', n, ...(carried ? { carriers: carried } : {}) });
      scrollTo.current = n;
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [carriers]);

  useEffect(() => {
    if (!opening || serverRowsGone) intent();
  }, [opening, serverRowsGone, intent]);

  // The opening rows as React drew them: an empty list means they came from a payload without their copy.
  useEffect(() => {
    const list = root.current?.querySelector('ol.cmp-rows');
    // Only the DOM tells whether the rows were drawn.
    if (list && list.childElementCount === 0) setServerRowsGone(true);
  }, []);

  // A pair view (`?pair=`) says so in the tab's title, as the pair pages it replaces did. The page's own metadata may
  // write the title again after hydration, so the prefix is put back whenever the title changes.
  useEffect(() => {
    if (!pair) return;
    const prefix = `${nameOf(pair[0])} vs ${nameOf(pair[1])}: `;
    const apply = () => {
      if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    };
    apply();
    const watch = new MutationObserver(apply);
    watch.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, [pair, nameOf]);

  const shown = (!opening || serverRowsGone) && Live !== null && model !== null;
  useEffect(() => {
    if (!shown || !pair || !scrollToPair.current) return;
    scrollToPair.current = false;
    requestAnimationFrame(() => root.current?.scrollIntoView({ block: 'start' }));
  }, [shown, pair]);
  useEffect(() => {
    /* eslint-disable-next-line react-hooks/set-state-in-effect -- once LiveBody has drawn, the server's rows are gone. */
    if (shown) setServerRowsGone(true);
  }, [shown]);
  const base = shownBase(state);
  // The selection changes what is drawn only through the filters (they never hide it): else it is left out, so
  // selecting a row does not redraw them all.
  const drawnSelection = state.differencesOnly || state.fold ? state.selected : null;
  const view: ComparisonView = useMemo(
    () => ({
      base,
      visible: state.visible,
      differencesOnly: state.differencesOnly,
      fold: state.fold,
      opened: state.opened,
      selected: drawnSelection,
    }),
    [base, state.visible, state.differencesOnly, state.fold, state.opened, drawnSelection],
  );

  // The selected row: a class on its element (the server's or LiveBody's) and its tools inside it, once it is drawn.
  useEffect(() => {
    const n = state.selected;
    const el = n !== null ? root.current?.querySelector<HTMLElement>(`li[id="r${n}"]`) : null;
    el?.classList.add('is-selected');
    setToolsHost(el ?? null);
    // Scrolled to once the rows on screen are those of the state: a shared view's row is placed after LiveBody drew it.
    if (el && scrollTo.current === n && (opening || shown)) {
      scrollTo.current = null;
      requestAnimationFrame(() => el.scrollIntoView({ block: 'center' }));
    }
    return () => el?.classList.remove('is-selected');
  }, [state.selected, view, shown, opening]);

  const copy = useCallback((text: string, what: string) => {
    copyText(text).then(
      () => setStatus(`${what} copied.`),
      () => setStatus(`Copy failed; the link is: ${text}`),
    );
  }, []);
  const link = (n?: number | null) =>
    `${window.location.origin}${window.location.pathname}${shareSuffix(state, n)}`;

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const copyRow = target.closest<HTMLElement>('[data-copy-row]');
    if (copyRow) {
      const n = Number(copyRow.dataset.copyRow);
      copy(link(n), `Link to passage ${n}`);
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
  };

  const selected = state.selected;
  const selectedCarriers = selected !== null ? carriers[selected] : undefined;
  // A story only one outlet told: no base, no marks, no controls; the page still lists its passages.
  const single = columns.length < 2;
  const style = { '--cols': state.visible.length } as CSSProperties;

  return (
    // Clicks on rows and on the buttons in them are handled here, once, rather than on each of hundreds of rows.
    <div ref={root} className={single ? 'cmp cmp-single' : 'cmp'} style={style} onClick={onClick}>
      {single && (
        <p className="kicker">
          Only {columns[0]?.outlet.name ?? 'one outlet'} covered this story in the corpus: there is nothing to
          compare yet, so its sentences are listed as printed.
        </p>
      )}
      {pair && (
        <p className="kicker" data-pair-view="">
          <strong>
            {nameOf(pair[0])} vs {nameOf(pair[1])}
          </strong>
          : two outlets side by side.{' '}
          <a href={window.location.pathname}>See every outlet that covered this story</a>
        </p>
      )}
      {ready && !single && (
        <ComparisonControls
          columns={columns}
          state={state}
          dispatch={dispatch}
          onShare={() => copy(link(state.selected), 'Link to this view')}
          onIntent={intent}
          status={status}
        />
      )}
      {shown ? <Live model={model} view={view} /> : children}
      {toolsHost &&
        selected !== null &&
        selectedCarriers &&
        createPortal(
          <RowTools n={selected} carriers={carrierText(selectedCarriers, keys, nameOf)} />,
          toolsHost,
          // A new key per drawing: the tools are put back at the end of the row after LiveBody changed its cells.
          `${selected}:${shown ? JSON.stringify(view) : 'opening'}`,
        )}
    </div>
  );
}
