import { showControls } from './dom';

/**
 * The home page's filter (components/EventFilter.tsx): choosing an outlet hides the events it did not cover and the
 * days left empty, and the date jump lists only the days still shown. The list is the server's; only `hidden`
 * attributes change.
 */
export function startEventFilter(root: HTMLElement): void {
  const toolbar = root.querySelector<HTMLElement>('.toolbar');
  const outlet = root.querySelector<HTMLSelectElement>('select[data-control="outlet"]');
  const day = root.querySelector<HTMLSelectElement>('select[data-control="day"]');
  const status = toolbar?.querySelector<HTMLElement>('[role="status"]');
  if (!toolbar || !outlet || !day) return;
  const dayOptions = [...day.options].slice(1);

  const filter = (id: string) => {
    const days = new Set<string>();
    let count = 0;
    for (const section of root.querySelectorAll<HTMLElement>('section.day')) {
      let any = false;
      for (const item of section.querySelectorAll<HTMLElement>('li.event-item')) {
        const match = id === '' || (item.dataset.outlets ?? '').split(' ').includes(id);
        item.hidden = !match;
        if (match) {
          any = true;
          count++;
        }
      }
      section.hidden = !any;
      const anchor = section.getAttribute('aria-labelledby');
      if (any && anchor) days.add(anchor);
    }
    day.replaceChildren(day.options[0]!, ...dayOptions.filter((o) => id === '' || days.has(o.value)));
    day.value = '';
    if (status) status.textContent = `${count} ${count === 1 ? 'event' : 'events'}`;
  };

  outlet.addEventListener('change', () => filter(outlet.value));
  day.addEventListener('change', () => {
    const el = day.value ? document.getElementById(day.value) : null;
    if (el) el.scrollIntoView({ block: 'start' });
    day.value = '';
  });
  // A reader who chose an outlet and came back to the page finds the browser's restored choice applied.
  if (outlet.value !== '') filter(outlet.value);
  showControls(toolbar);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-island="event-filter"]'))
  startEventFilter(root);
