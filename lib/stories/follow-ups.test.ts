import { describe, expect, it } from 'vitest';
import { clusterEvents } from '../events/cluster';
import { fixtureArticle } from '../events/fixture';
import { joinFollowUps } from './follow-ups';

// One Miami shooting reported on Monday, and a profile of its victim three days later by another outlet: the profile
// tells the same incident in other words (his job, his family), so clustering keeps it apart, but it names the same
// victim, neighbourhood and street. A Houston shooting of the same day shares the topic and none of the names.
const miami = fixtureArticle({
  id: 'herald-miami',
  date: '2019-01-21',
  title: 'Two shot at MLK Day gathering',
  body: [
    'Two men were shot on Monday at a Martin Luther King Day gathering in Liberty City, Miami police said.',
    'Police named one of the victims as Jordan Ellis, 24, who was taken to Jackson Memorial Hospital.',
    'Witnesses said the shots came from a car on Northwest Sixty-Second Street.',
  ],
});
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
const houston = fixtureArticle({
  id: 'chronicle-houston',
  date: '2019-01-21',
  title: 'Two shot at MLK Day parade',
  body: [
    'Two people were shot on Monday near the end of the MLK Day parade in Third Ward, Houston police said.',
    'Officers said the victims, Keisha Monroe and her brother, were taken to Ben Taub Hospital.',
    'The shooting happened on Emancipation Avenue, police said.',
  ],
});
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

  it('leaves the same outlet’s report of the next days an event of its own (the next development)', () => {
    const own = { ...profile, id: 'herald-ellis', outlet: miami.outlet };
    const all = [miami, own, houston];
    expect(joinFollowUps(clusterEvents(all), all)).toEqual([
      ['chronicle-houston'],
      ['herald-ellis'],
      ['herald-miami'],
    ]);
  });

  it('leaves a linked report four days on an event of its own', () => {
    const later = { ...profile, date: '2019-01-25' };
    const all = [miami, later, houston];
    expect(joinFollowUps(clusterEvents(all), all)).toEqual([
      ['chronicle-houston'],
      ['herald-miami'],
      ['times-ellis'],
    ]);
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
