import { describe, expect, it } from 'vitest';
import { cleanText, isHeadingLike } from './clean';
import { defaultRegistry } from './outlets';

const clean = (text: string) => cleanText(text, defaultRegistry());

describe('cleanText', () => {
  it('tells paragraphs from headings and removes debris with its reason', () => {
    const result = clean(
      'World\u00a0/\u00a0Europe\r\n\r\nTalks went on in Minsk.\r\n\r\nDesperation in Mariupol\r\n\r\nThe city was shelled.\r\n(with Reuters)\r\nReporting by Jane Doe; Editing by John Roe',
    );
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'Talks went on in Minsk.' },
      { kind: 'heading', text: 'Desperation in Mariupol' },
      { kind: 'paragraph', text: 'The city was shelled.' },
    ]);
    expect(result.removed).toEqual([
      { text: 'World / Europe', reason: 'navigation trail' },
      { text: '(with Reuters)', reason: 'credit line' },
      { text: 'Reporting by Jane Doe; Editing by John Roe', reason: 'credit line' },
    ]);
    expect(result.removedAt).toEqual([0, 3, 3]);
  });

  it('joins a hard-wrapped line with its lower-case continuation, not with a new paragraph', () => {
    expect(clean('Putin said the talks\nwere going well.\nLavrov agreed.').blocks.map((b) => b.text)).toEqual(
      ['Putin said the talks were going well.', 'Lavrov agreed.'],
    );
  });

  it('recognises captions, timestamps, prompts, bylines and links', () => {
    const lines = [
      'A resident carries medicine in Beijing, Friday, Dec. 9, 2022. (AP Photo/Ng Han Guan)',
      'The minister shakes hands. | Photo Credit: AFP',
      'March 03, 2022 23:25 IST',
      'Sign up for our daily newsletter to get the news',
      'By Natasha Bertrand, Kylie Atwood and Jennifer Hansler',
      'Read more At:',
      'https://example.org/story?id=1',
      'Advertisement 3',
      'Medical workers walk past a line outside a fever clinic in Beijing, Dec. 9. China began easing. AP-Yonhap',
    ];
    expect(clean(lines.join('\n\n')).removed.map((r) => r.reason)).toEqual([
      'photo caption',
      'photo caption',
      'timestamp line',
      'newsletter prompt',
      'byline',
      'related story',
      'link',
      'page furniture',
      'photo caption',
    ]);
  });

  it('removes a video playlist, one caption a line with its running time, and keeps the report', () => {
    // A newspaper site's page (as gva-dev holds them): the playlist opens the text, inside the lead clustering counts
    // up, and names other stories than the page's.
    const text = [
      '1:05 Suspects in rape, kidnap of Johnson County deputy make first appearance Pause',
      '0:08 Surveillance video of car sought in kidnapping and assault',
      '2:51 "We knew that they were in a wreck but we did not know that Christian was dead."',
      '30:32 Officer Down',
      'A Kansas City man accidentally shot himself and his 1-year-old daughter on Sunday, police said.',
      '2:30 p.m. was when officers arrived.',
    ].join('\n\n');
    const result = clean(text);
    expect(result.removed.map((r) => r.reason)).toEqual(Array(4).fill('video playlist caption'));
    expect(result.blocks.map((b) => b.text)).toEqual([
      'A Kansas City man accidentally shot himself and his 1-year-old daughter on Sunday, police said.',
      '2:30 p.m. was when officers arrived.',
    ]);
  });

  it('removes a station page’s headline repeated with its posted and updated times', () => {
    const lines = [
      '1 dead, 3 injured in Shreveport shooting Posted: Saturday, March 2, 2013 7:39 AM EST Updated: Saturday, March 16, 2013 7:39 AM EST',
      'Sheriff Talks About Infant Shooting Posted: Thursday, April 30, 2015 6:50 PM EDT Updated: Thursday, April 30, 2015 6:50 PM EDT Posted:Updated:',
      'Posted: Sunday, March 29th 2015 at 9:17pm',
      'One man died and three were hurt in a shooting on Saturday, police said.',
      'Police said the man was posted: Saturday, March 2, 2013 was his last day at work.',
    ];
    const result = clean(lines.join('\n\n'));
    expect(result.removed.map((r) => r.reason)).toEqual(Array(3).fill('timestamp line'));
    expect(result.blocks).toHaveLength(2);
  });

  it('keeps real sentences that only look like debris words', () => {
    const text =
      'By the end of the day, talks had stalled.\n\nReaders who subscribe to newsletters were told.';
    expect(clean(text).removed).toEqual([]);
  });

  it('makes every block a paragraph when none has sentence punctuation', () => {
    expect(clean('Talks in Minsk\n\nNo details given').blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });

  it('isHeadingLike: short, no end punctuation', () => {
    expect(
      ['Desperation in Mariupol', "'Nowhere to run'", 'He left.', 'Why?', '“Go,” he said.”', '2022', ''].map(
        isHeadingLike,
      ),
    ).toEqual([true, true, false, false, false, false, false]);
  });
});
