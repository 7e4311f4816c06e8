import type { Server } from 'node:http';

/** See scripts/serve.mjs. */
export function createSiteServer(root: string, base?: string): Server;
