import { describe, expect, it } from 'vitest';
import { blockSegments, uniqueSentences } from './article';
import { article, event } from './test-fixtures';

describe('uniqueSentences', () => {
  it('marks sentences no other article carried, only in events with others', () => {
    const events = [
      event('e1', ['a', 'b'], [{ a: [0], b: [0] }, { a: [1] }, { b: [1] }, { a: [2], b: [] }]),
      event('e2', ['a'], [{ a: [3] }]),
    ];
    expect([...uniqueSentences('a', events)].sort()).toEqual([1, 2]);
    expect([...uniqueSentences('b', events)]).toEqual([1]);
  });
});

describe('blockSegments', () => {
  it('cuts a paragraph into its sentences and the text between', () => {
    const a = article('a', 'afp', [{ kind: 'paragraph', text: 'One here.  Two there. Tail' }]);
    // The fixture splitter yields "One here." and "Two there."; the trailing "Tail" is not a sentence.
    expect(blockSegments(a.blocks[0]!, 0, a, new Set([1]))).toEqual([
      { text: 'One here.', sentence: 0, unique: false },
      { text: '  ' },
      { text: 'Two there.', sentence: 1, unique: true },
      { text: ' Tail' },
    ]);
  });
  it('keeps the whole block when a sentence text is not found in it', () => {
    const a = { sentences: [{ text: 'Not here.', block: 0 }] };
    expect(blockSegments({ kind: 'paragraph', text: 'Something else.' }, 0, a, new Set())).toEqual([
      { text: 'Something else.' },
    ]);
  });
});
