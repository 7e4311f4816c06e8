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
