import type { Stats } from 'node:fs';
import type { Server } from 'node:http';

/** See scripts/serve.mjs. */
export function createSiteServer(root: string, base?: string): Server;

/** See scripts/serve.mjs: compressed bodies by file version, least recently used dropped past `maxBytes`. */
export function createCompressedCache(maxBytes: number): {
  get(file: string, stat: Stats, encoding: 'br' | 'gzip' | 'identity'): Promise<Buffer>;
};
