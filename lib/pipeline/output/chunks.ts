import { INDEX_VERSION } from '../../types';
import type { BuiltIndex } from '../assemble';
import { stableStringify } from './json';

/**
 * The index's JSON text in pieces, without ever holding all of it (the index of 100k articles is longer than one
 * string may be): the pieces joined are `stableStringify(indexOf(built))`, the keys in sorted order. An event comes as
 * the cache's UTF-8 bytes where it has them (a warm build writes most events without decoding them), and so does an
 * article.
 */
export function* indexChunks(built: BuiltIndex): Generator<string | Uint8Array> {
  yield '{"articles":[';
  for (let i = 0; i < built.articles.length; i++) {
    if (i > 0) yield ',';
    yield built.articles.text(i);
  }
  yield `],"diagnostics":${stableStringify(built.diagnostics)},"events":[`;
  for (let i = 0; i < built.events.length; i++) {
    if (i > 0) yield ',';
    yield built.events.bytesAt(i);
  }
  yield `],"stories":${stableStringify(built.stories)},"version":${INDEX_VERSION}}`;
}
