import type { Article } from '../types';

/**
 * A small Article for the event tests: only what clustering and ids read (id, outlet, date, title and its source,
 * paragraphs) is given; the rest is filled so the object meets the type. Sentences are the paragraphs, which is enough
 * for tests that do not align.
 */
export function fixtureArticle(fields: {
  id: string;
  outlet?: string;
  date: string | null;
  title: string;
  titleSource?: Article['titleSource'];
  body: string[];
}): Article {
  const outlet = fields.outlet ?? fields.id.split('-')[0] ?? 'outlet';
  return {
    id: fields.id,
    file: `${fields.id}.txt`,
    outlet: { id: outlet, name: outlet },
    date: fields.date,
    dateSource: fields.date === null ? 'none' : 'field',
    title: fields.title,
    titleSource: fields.titleSource ?? 'field',
    blocks: fields.body.map((text) => ({ kind: 'paragraph' as const, text })),
    removed: [],
    sentences: fields.body.map((text, block) => ({ text, block })),
    warnings: [],
  };
}
