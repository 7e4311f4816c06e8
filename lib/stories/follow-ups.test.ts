import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../events/cluster';
import { fixtureArticle } from '../events/fixture';
import { houstonShooting, miamiShooting, oceansideShooting } from './fixture';
import { joinFollowUps } from './follow-ups';

// One Miami shooting reported on Monday, and a profile of its victim three days later by another outlet: the profile
// tells the same incident in other words (his job, his family), so clustering keeps it apart, but it names the same
// victim, neighbourhood and street. A Houston shooting of the same day shares the topic and none of the names.
const miami = miamiShooting;
const profile = fixtureArticle({
  id: 'times-ellis',
  date: '2019-01-24',
  title: 'Family remembers a young barber',
  body: [
    'He cut hair six days a week and saved for years to open a shop of his own, his mother said.',
    'The barbershop where Jordan Ellis worked in Liberty City stayed closed, its windows covered with cards and flowers.',
    'Friends said he coached boys at the park on weekends and never missed a family dinner with his grandmother.',
    'He had talked for months about taking his younger cousins to see the ocean for the first time this summer.',
    'His old teachers remembered a quiet student who drew cartoons in the margins of every notebook.',
    'A vigil is planned for the evening at the church, while he remains at Jackson Memorial.',
  ],
});
const houston = houstonShooting;
const articles = [miami, profile, houston];

describe('joinFollowUps', () => {
  it('joins a follow-up of the next days that the story step links, which clustering alone keeps apart', () => {
    const clusters = clusterEvents(articles);
    expect(clusters).toEqual([['chronicle-houston'], ['herald-miami'], ['times-ellis']]);
    expect(joinFollowUps(clusters, articles)).toEqual([
      ['chronicle-houston'],
      ['herald-miami', 'times-ellis'],
    ]);
  });

  it.each([
    // The same outlet writing again: the next development.
    [
      'the same outlet’s report of the next days',
      { id: 'herald-ellis', outlet: miami.outlet },
      'herald-ellis',
    ],
    ['a linked report four days on', { date: '2019-01-25' }, 'times-ellis'],
  ])('leaves %s an event of its own', (_, change, id) => {
    const all = [miami, { ...profile, ...change }, houston];
    expect(joinFollowUps(clusterEvents(all), all)).toEqual(
      [['chronicle-houston'], ['herald-miami'], [id]].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
  });

  it('joins a later event with an outlet new to the story, even when an outlet of the first report is in it', () => {
    // The Herald's own update and another outlet's profile, clustered together three days on: the profile's outlet
    // reports the incident for the first time. Joined only since the outlet test asks for one new outlet, not all.
    const update = { ...profile, id: 'herald-ellis', outlet: miami.outlet };
    const all = [miami, update, profile, houston];
    const groups = [['chronicle-houston'], ['herald-miami'], ['herald-ellis', 'times-ellis']];
    expect(joinFollowUps(groups, all)).toEqual([
      ['chronicle-houston'],
      ['herald-ellis', 'herald-miami', 'times-ellis'],
    ]);
  });

  it('reads the story step’s own links: a report two days on that names the incident by its place and victims in full', () => {
    // Linked by the rare phrases it shares ("libby lake", "melanie virgen", "edgar sanchez", "mission avenue"), which
    // names alone do not carry: joined only since the rule reads the story step's links (phrases, headlines, outlets),
    // not names alone at 0.3. In four events no phrase is rare by default: the share is lifted to stand for a corpus.
    const first = oceansideShooting;
    const later = fixtureArticle({
      id: 'nbc-libby',
      date: '2013-03-15',
      title: 'Vigil held for slain teens',
      body: [
        'Hundreds gathered on Thursday night at the edge of the park where the Libby Lake killings took place.',
        'Santo Diaz, a youth pastor, read a prayer from the Vista church with Maria Lopez and Father Tom Reyes.',
        'Coach Dan Whitfield, Mayor Jim Wood and Principal Ana Torres of Carlsbad spoke, as did Councilman Ray Ortiz.',
        'Melanie Virgen and Edgar Sanchez were shot dead in the attack off Mission Avenue.',
      ],
    });
    const all = [first, later, miami, houston];
    const apart = [['chronicle-houston'], ['herald-miami'], ['nbc-libby'], ['union-oceanside']];
    expect(joinFollowUps(apart, all, undefined, undefined, { rarePhraseShare: 1 })).toEqual([
      ['chronicle-houston'],
      ['herald-miami'],
      ['nbc-libby', 'union-oceanside'],
    ]);
  });

  it('joins an outlet’s own report of the next days to an event that other outlets reported too', () => {
    // The Herald and a radio station report the shooting; two days on the Herald alone names and profiles the victim.
    // All its outlets are in the event, but the event has more: one outlet of several writing again within the window
    // is telling the same incident (BASIL's sagas, where every outlet of the event writes again, stay apart).
    const radio = fixtureArticle({
      id: 'wlrn-miami',
      date: '2019-01-21',
      title: 'Two men shot at Liberty City gathering',
      body: [
        'Two men were wounded on Monday at a gathering for Martin Luther King Day in Liberty City, police said.',
        'One of them, Jordan Ellis, 24, was taken to Jackson Memorial Hospital.',
      ],
    });
    const update = { ...profile, id: 'herald-ellis', date: '2019-01-23', outlet: miami.outlet };
    const all = [miami, radio, update, houston];
    const groups = [['chronicle-houston'], ['herald-ellis'], ['herald-miami', 'wlrn-miami']];
    expect(joinFollowUps(groups, all)).toEqual([
      ['chronicle-houston'],
      ['herald-ellis', 'herald-miami', 'wlrn-miami'],
    ]);
    // With the names-alone rule off, so that the sum of terms decides: linked only without the story step's
    // same-outlet term, which the rule leaves out (its own outlet test decides about outlets).
    const sum = { namesThreshold: 0 };
    expect(joinFollowUps(groups, all, undefined, undefined, sum)).toEqual([
      ['chronicle-houston'],
      ['herald-ellis', 'herald-miami', 'wlrn-miami'],
    ]);
    expect(joinFollowUps(groups, all, undefined, undefined, { ...sum, sameOutletWeight: -0.137 })).toEqual(
      groups,
    );
  });

  it('never joins an undated event', () => {
    const undated = { ...profile, date: null };
    const all = [miami, undated, houston];
    const apart = [['chronicle-houston'], ['herald-miami'], ['times-ellis']];
    expect(joinFollowUps(apart, all)).toEqual(apart);
  });

  it('gives nothing for no events', () => {
    expect(joinFollowUps([], [])).toEqual([]);
  });
});
