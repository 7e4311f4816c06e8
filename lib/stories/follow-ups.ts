import type { Article } from '../types';
import { dayNumber, DEFAULT_CLUSTER_OPTIONS } from '../events/cluster';
import { corpusTerms, type CorpusTerms } from '../events/terms';
import { compareText } from '../text/compare';
import { linkStories, type StoryOptions } from './link';

/**
 * The story step's links as the follow-up rule reads them (`options` of joinFollowUps are laid over these). Tuned on
 * gva-dev half A, checked on half B (2026-12-07; docs/quality.md, Events):
 *
 * - `phraseCandidates: 1`: within the window a pair that prints a rare phrase in common ("Hudson Street", "Kelvin
 *   Jackson", "Estate Lane") is compared even when no single name of theirs is rare (a city's name, a victim's first
 *   name printed by a dozen events): the arrest two days on in the Park Hill triple slaying names the street and the
 *   city, not the victims. The similarity still decides. Half A 0.9857 -> 0.9865 with the outlet tests below (0.9861
 *   at 2 phrases, 0.9857 at 3); half B 0.9830 -> 0.9836. What it gives up: two incidents of one city a few days
 *   apart that print one rare phrase in common (a hospital, a street) are compared, and joined when their names and
 *   headlines are alike enough.
 * - `sameOutletWeight: 0`: the rule has its own outlet test (below), so the link does not count a shared outlet
 *   against a pair a second time; an outlet's own report two days on (the Moreno Valley victim named by the paper that
 *   reported the shooting, and by another; half B) is linked on its names. Half A unchanged (its pieces left are not
 *   linked at all), half B 0.9823 -> 0.9830.
 */
export const FOLLOW_UP_LINKS: StoryOptions = { phraseCandidates: 1, sameOutletWeight: 0 };

/**
 * Events of one story told within the event window of each other are one event: the follow-up of the next days (the
 * victims named, the suspect arrested) joins its shooting's event when lib/stories links the two by the people and
 * places they share. Clustering compares whole articles, so a follow-up that tells the same incident in other words
 * (a profile of the victims beside the first report) stays apart from it; the story link reads the names, the rare
 * phrases and the headlines of whole events.
 *
 * Which links: the story step's own (`linkStories` with its defaults, save the two of `FOLLOW_UP_LINKS`; `options` to
 * change them). Until 2026-12-07 the
 * rule read names alone at cosine 0.3, as lib/stories linked events when the rule was tuned: read with the phrase,
 * outlet and headline terms, it then joined two of Ground News dev's December 2022 stories, and once phrases had to be
 * rare in the corpus too it gave gva-dev events only +0.0007 (half A) and +0.0003 (B). With the strong-pair links and
 * the outlet test below it gives 0.9818 -> 0.9836 (A 0.9823 -> 0.9848, B 0.9813 -> 0.9823); BASIL and Ground News
 * unchanged. One link, one definition: an event's follow-ups are the story's events of its days (compared a little more
 * widely, see FOLLOW_UP_LINKS).
 *
 * How: link the groups into stories (`linkStories`), then within each story walk its events in date order and join an
 * event to the one before when its first day is at most `windowDays` after the latest day seen so far, as the gold's
 * chaining of an incident's reports does, and when one of its outlets at least is new to the event: outlets writing
 * again days later about what they have reported are telling the next development (BASIL's Fox, Times and HuffPost on
 * successive days of one saga are successive events; without this test BASIL dev's events lose 0.01 of F1), but an
 * outlet reporting the incident for the first time is still telling it, even when a station that reported it before
 * is among the later reports (gva-dev: the arrests in the Bourbon Street shooting, reported by WWL and by two stations
 * that had not, five days after the shooting and two after WWL's last report). Until 2026-12-07 none of its outlets
 * could be in the event already: gva-dev events 0.9805 -> 0.9816 with the looser test, BASIL unchanged. It also joins
 * when its outlets are fewer than the event's, all of them in it (2026-12-07): one outlet of several writing again
 * within the window is telling the same incident (the Dallas ambush: Fox 4's report three days on of the officers
 * wounded, beside its own and three other outlets' first reports; the SVSU party shooting: ABC 12's report of the
 * security added, after its own and Fox 2's), while in BASIL's sagas every outlet of an event writes again. gva-dev
 * half A 0.9848 -> 0.9857, half B unchanged (no such case), BASIL unchanged; without any outlet test BASIL dev drops
 * to 0.990 (real) and 0.980 (packed). What it gives up: one outlet's report of the next development, within three
 * days of an event it reported with others, is put in that event. An undated event is never joined. Events are
 * joined, never split.
 *
 * What it gives up: an outlet's own update of the next days stays an event of its own, as before, unless another
 * outlet's report of those days is clustered with it or other outlets reported the event with it; a wrong story link between two incidents a few days apart (one outlet's reports sharing a
 * spokesman's or a neighbourhood's name) now also puts their articles side by side in one event. Reports four or more
 * days on stay events of their own (the seeds' 11 and 15 March), and so does anything the story step does not link.
 *
 * Returns groups in clusterEvents' form: members sorted by id, groups by their first member.
 */
export function joinFollowUps(
  groups: readonly (readonly string[])[],
  articles: readonly Article[],
  terms: CorpusTerms = corpusTerms(articles),
  windowDays: number = DEFAULT_CLUSTER_OPTIONS.windowDays,
  options: StoryOptions = {},
): string[][] {
  const links = { ...FOLLOW_UP_LINKS, ...options };
  const day = new Map(articles.map((a) => [a.id, dayNumber(a.date)]));
  const outlet = new Map(articles.map((a) => [a.id, a.outlet.id]));
  const span = groups.map((g) => {
    let first: number | null = null;
    let last: number | null = null;
    for (const id of g) {
      const d = day.get(id) ?? null;
      if (d === null) continue;
      if (first === null || d < first) first = d;
      if (last === null || d > last) last = d;
    }
    return { first, last };
  });
  const stories = linkStories(
    groups.map((articleIds) => ({ articleIds })),
    articles,
    links,
    terms,
  );
  const out: string[][] = [];
  for (const story of stories) {
    // Date order, ties by index (stories hold indices ascending, so this is deterministic).
    const order = story
      .filter((k) => span[k]!.first !== null)
      .sort((x, y) => span[x]!.first! - span[y]!.first! || x - y);
    let current: string[] | null = null;
    let latest = 0;
    let outlets = new Set<string>();
    for (const k of order) {
      const { first, last } = span[k]!;
      const own = groups[k]!.map((id) => outlet.get(id) ?? '');
      if (
        current &&
        first! - latest <= windowDays &&
        (own.some((o) => !outlets.has(o)) || new Set(own).size < outlets.size)
      ) {
        current.push(...groups[k]!);
        latest = Math.max(latest, last!);
        for (const o of own) outlets.add(o);
      } else {
        out.push((current = [...groups[k]!]));
        latest = last!;
        outlets = new Set(own);
      }
    }
    for (const k of story) if (span[k]!.first === null) out.push([...groups[k]!]);
  }
  return out.map((g) => g.sort(compareText)).sort((x, y) => compareText(x[0]!, y[0]!));
}
