import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { DataIndex } from '../lib/export/data';

export interface SeedIds {
  eventId: string;
  afp: string;
  reuters: string;
}

/** The seed event (AFP, Reuters and Press TV of 11 March 2022) and two of its articles, from the data listing. */
export function seedIds(listing: DataIndex): SeedIds {
  const outletOf = new Map(listing.articles.map((a) => [a.id, a.outlet.id]));
  const event = listing.events.find((e) => {
    const outlets = e.articleIds.map((id) => outletOf.get(id));
    return outlets.includes('afp') && outlets.includes('reuters') && outlets.includes('press-tv');
  });
  if (!event) throw new Error('The seed event (AFP, Reuters, Press TV) is not in /data/index.json');
  const find = (outlet: string) => event.articleIds.find((id) => outletOf.get(id) === outlet)!;
  return { eventId: event.id, afp: find('afp'), reuters: find('reuters') };
}

export async function seedIdsFromSite(request: APIRequestContext, base = ''): Promise<SeedIds> {
  const res = await request.get(`${base}/data/index.json`);
  if (!res.ok()) throw new Error(`${base}/data/index.json: HTTP ${res.status()}`);
  return seedIds((await res.json()) as DataIndex);
}

export function seedIdsFromDisk(root: string): SeedIds {
  return seedIds(JSON.parse(readFileSync(path.join(root, 'data', 'index.json'), 'utf8')) as DataIndex);
}
