/*
 * What every island script shares: its props from the server, the clipboard, and showing controls that were laid out
 * hidden (so the page does not move when scripts run) and are removed without scripts (`data-needs-js`, app/layout).
 */

/** The JSON the server component wrote in the island's `data-props`. */
export function islandProps<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset.props ?? '{}') as T;
}

export function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return Promise.reject(new Error('no clipboard'));
}

/** Controls the server laid out hidden and inert: usable now that their script runs. */
export function showControls(el: HTMLElement): void {
  el.style.visibility = '';
  el.inert = false;
  el.removeAttribute('inert');
}

/**
 * Scrolls `el` into view and keeps it there while the rows around it are laid out. Rows skip layout off screen
 * (`content-visibility: auto` in app/globals.css) and stand at an estimated height until seen, so the first scroll
 * aims at a place the rows' real heights then move; it is repeated, a frame apart, until the element stays put
 * (at most `tries` times).
 */
export function scrollIntoViewSettled(
  el: HTMLElement,
  block: ScrollLogicalPosition = 'center',
  tries = 6,
): void {
  el.scrollIntoView({ block });
  const top = el.getBoundingClientRect().top;
  if (tries > 1)
    requestAnimationFrame(() => {
      if (el.isConnected && Math.abs(el.getBoundingClientRect().top - top) > 1)
        scrollIntoViewSettled(el, block, tries - 1);
    });
}
