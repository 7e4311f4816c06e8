import type { AddressInfo } from 'node:net';
import { createSiteServer } from '../scripts/serve.mjs';

/**
 * The commands that build out-news/ as `npm test` does (scripts/test.sh): the seeds and data/fixtures/hostile, exported
 * under /news, the corpus page in pages of three articles. The specs that read out-news/ fail with this when it is missing, rather than skip.
 */
export const BUILD_FIXTURE_SITE =
  'mkdir -p .cache/fixture-corpus && cp data/corpus/* data/fixtures/hostile/* .cache/fixture-corpus/ && ' +
  'npx tsx scripts/corpus.ts build --data .cache/fixture-corpus --out .cache/fixture-index.json ' +
  '--ids .cache/fixture-ids.json && PARALLAX_INDEX="$PWD/.cache/fixture-index.json" PARALLAX_CORPUS_PAGE_ARTICLES=3 ' +
  'bash scripts/build-basepath.sh /news';

export interface SiteServer {
  /** http://localhost:PORT, without the base path. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site folder from this worker on a free port. Each worker runs a file's beforeAll on its own, so a
 * fixed port would be shared by two servers and closed under the other worker's feet.
 */
export async function serveSite(dir: string, base = ''): Promise<SiteServer> {
  const server = createSiteServer(dir, base);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
