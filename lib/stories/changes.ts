import type { Article, Event } from '../types';
import { compareText } from '../text/compare';
import { contentStems } from '../text/tokens';

/**
 * How many opening sentences of each article are candidates: news says what is new first, and a lead sentence reads
 * well alone where a later one leans on what came before. */
const LEAD_SENTENCES = 2;
/** Shorter sentences are headings or debris more often than news. */
const MIN_WORDS = 6;
/** Longer lines are cut at a word, with an ellipsis: the timeline shows one line per event. */
const MAX_CHARS = 220;

/**
 * One line per event of a story (events in date order) saying what it reports that the earlier events did not: among
 * the opening sentences of its articles, the one with the most content words (stemmed) that no earlier event's
 * articles printed; ties go to the earlier article (by id), then the earlier sentence. The first event's line is the
 * opening sentence of the article whose headline names the event (else its first article): what the story started
 * with.
 *
 * A heuristic without a summariser: it picks a sentence as printed, never writes one, so it cannot misstate; it gives
 * up sentences that say what is new in words already used (a "second" arrest in a story of arrests), and a sentence
 * deep in an article is never picked.
 */
export function storyChanges(events: readonly Event[], articles: ReadonlyMap<string, Article>): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  events.forEach((event, k) => {
    const members = event.articleIds
      .map((id) => articles.get(id))
      .filter((a): a is Article => a !== undefined)
      .sort((x, y) => compareText(x.id, y.id));
    let line = '';
    if (k === 0) {
      const named = members.find((a) => a.title.trim() === event.title.trim()) ?? members[0];
      line = candidates(named ? [named] : [])[0]?.text ?? '';
    } else {
      let best = -1;
      for (const c of candidates(members)) {
        const fresh = new Set(c.stems.filter((s) => !seen.has(s))).size;
        if (fresh > best) {
          best = fresh;
          line = c.text;
        }
      }
    }
    lines.push(cut(line || event.title));
    for (const a of members) {
      for (const s of contentStems(a.title)) seen.add(s);
      for (const s of a.sentences) for (const t of contentStems(s.text)) seen.add(t);
    }
  });
  return lines;
}

function candidates(members: readonly Article[]): { text: string; stems: string[] }[] {
  const out: { text: string; stems: string[] }[] = [];
  for (const a of members) {
    for (const s of a.sentences.slice(0, LEAD_SENTENCES)) {
      const text = s.text.trim();
      if (text.split(/\s+/).length < MIN_WORDS) continue;
      out.push({ text, stems: contentStems(text) });
    }
  }
  return out;
}

function cut(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const head = text.slice(0, MAX_CHARS);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_CHARS / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '')}…`;
}
