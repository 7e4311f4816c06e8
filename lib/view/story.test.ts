import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../types';
import { getStory, storyAliasTarget, storyNeighbours, storyPaths, storySize, storyTimeline } from './story';
import { article, event } from './test-fixtures';

const index: Pick<CorpusIndex, 'articles' | 'events' | 'stories'> = {
  articles: [
    article('hindu', 'the-hindu', []),
    article('afp', 'afp', []),
    article('reuters', 'reuters', []),
    article('afp2', 'afp', []),
    article('ap', 'ap', []),
    article('lone', 'cnn', []),
  ],
  events: [
    event('e1', ['hindu'], [], { date: '2022-03-03', title: 'Troops stalled' }),
    event('e2', ['reuters', 'afp', 'afp2'], [], { date: '2022-03-11', title: 'Putin cites progress' }),
    event('e3', ['ap'], [], { date: '2022-03-15', title: 'Russia softens stand' }),
    event('e4', ['lone'], [], { date: '2022-03-12', title: 'Unrelated' }),
  ],
  stories: [
    {
      id: '2022-03-03-talks',
      title: 'Putin cites progress',
      eventIds: ['e1', 'e2', 'e3'],
      changes: ['Talks began.', 'Putin saw progress.', 'Russia softened.'],
      aliases: ['2022-03-11-old'],
    },
  ],
};

describe('storyNeighbours', () => {
  it('lists the events before and after, with dates, titles and each outlet once', () => {
    expect(storyNeighbours(index, 'e2')).toEqual({
      storyId: '2022-03-03-talks',
      storyTitle: 'Putin cites progress',
      size: 3,
      earlier: [
        {
          id: 'e1',
          date: '2022-03-03',
          title: 'Troops stalled',
          outlets: [{ id: 'the-hindu', name: 'THE-HINDU' }],
        },
      ],
      later: [
        { id: 'e3', date: '2022-03-15', title: 'Russia softens stand', outlets: [{ id: 'ap', name: 'AP' }] },
      ],
    });
  });

  it('has nothing earlier for the first event, and nothing at all for an event in no story', () => {
    expect(storyNeighbours(index, 'e1')?.earlier).toEqual([]);
    expect(storyNeighbours(index, 'e1')?.later.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(storyNeighbours(index, 'e4')).toBeUndefined();
    expect(storySize(index, 'e4')).toBeUndefined();
    expect(storySize(index, 'e3')).toEqual({ storyId: '2022-03-03-talks', size: 3 });
  });
});

describe('storyTimeline', () => {
  it('gives each event its outlets (by name) and what it added', () => {
    const view = storyTimeline(index, index.stories[0]!);
    expect(view.events.map((e) => [e.id, e.outlets.map((o) => o.id).join(' '), e.change])).toEqual([
      ['e1', 'the-hindu', 'Talks began.'],
      ['e2', 'afp reuters', 'Putin saw progress.'],
      ['e3', 'ap', 'Russia softened.'],
    ]);
  });
});

describe('story paths', () => {
  it('serves every id and every alias, an alias leading to its story', () => {
    expect(storyPaths(index)).toEqual(['2022-03-03-talks', '2022-03-11-old']);
    expect(storyAliasTarget(index, '2022-03-11-old')?.id).toBe('2022-03-03-talks');
    expect(storyAliasTarget(index, '2022-03-03-talks')).toBeUndefined();
    expect(getStory(index, 'nope')).toBeUndefined();
  });
});
