/**
 * The outlet registry (data/outlets.json): who an outlet is, the names it goes by, the text cues that give it away,
 * the cues of a publisher that reprints others' copy, and the page debris to strip. Kept as data so a user can add an
 * outlet without code; this module only compiles it and answers questions about it.
 */
import registryJson from '../../data/outlets.json';
import type { OutletRef } from '../types';
import { compareText } from '../text/compare';
import { slug } from '../text/slug';

/** The JSON shapes (raw); compiled into `Registry` once. */
interface RawCue {
  pattern: string;
  weight?: number;
  flags?: string;
}
interface RawOutlet {
  id: string;
  name: string;
  aliases?: string[];
  cues?: RawCue[];
  publisherCues?: string[];
}
interface RawDebris {
  pattern: string;
  reason: string;
  flags?: string;
}
export interface RawRegistry {
  outlets: RawOutlet[];
  leadCues?: string[];
  debris?: RawDebris[];
}

export interface Cue {
  outletId: string;
  re: RegExp;
  weight: number;
}

export interface DebrisRule {
  re: RegExp;
  reason: string;
}

export interface Registry {
  outlets: Map<string, OutletRef>;
  /** Name key (see `outletNameKey`) → outlet id. */
  names: Map<string, string>;
  cues: Cue[];
  publisherCues: Cue[];
  /** Agency and dateline openings ("KYIV, Ukraine •", "(Reuters) –") to leave out of a title derived from the lead. */
  leadCues: RegExp[];
  debris: DebrisRule[];
}

/**
 * The matching key of an outlet name: case, accents, punctuation, spaces and a leading "The" do not count, so
 * "The New York Times", "new york times" and "NEW-YORK TIMES" are one name.
 */
export function outletNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function compile(
  pattern: string,
  flags: string | undefined,
  where: string,
  problems: string[],
): RegExp | null {
  try {
    // A 'g' or 'y' flag would make `test` stateful between texts; the registry never needs them.
    return new RegExp(pattern, (flags ?? 'mu').replace(/[gy]/g, ''));
  } catch (err) {
    problems.push(
      `${where}: invalid pattern ${JSON.stringify(pattern)} (${(err as Error).message}); it is ignored`,
    );
    return null;
  }
}

/** Compile a registry; a malformed entry is skipped with a problem message rather than stopping the import. */
export function compileRegistry(raw: RawRegistry): { registry: Registry; problems: string[] } {
  const problems: string[] = [];
  const registry: Registry = {
    outlets: new Map(),
    names: new Map(),
    cues: [],
    publisherCues: [],
    leadCues: [],
    debris: [],
  };
  for (const outlet of raw.outlets ?? []) {
    if (typeof outlet?.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(outlet.id)) {
      problems.push(`outlet ${JSON.stringify(outlet?.id)}: the id must be a lower-case slug; entry ignored`);
      continue;
    }
    if (registry.outlets.has(outlet.id)) {
      problems.push(`outlet ${outlet.id}: listed twice; the later entry is ignored`);
      continue;
    }
    const name = typeof outlet.name === 'string' && outlet.name.trim() ? outlet.name.trim() : outlet.id;
    registry.outlets.set(outlet.id, { id: outlet.id, name });
    const seen = new Set<string>();
    for (const alias of [outlet.id, name, ...(outlet.aliases ?? [])]) {
      const key = outletNameKey(String(alias));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const taken = registry.names.get(key);
      if (taken !== undefined && taken !== outlet.id) {
        problems.push(
          `outlet ${outlet.id}: name ${JSON.stringify(alias)} already belongs to ${taken}; ignored`,
        );
        continue;
      }
      registry.names.set(key, outlet.id);
    }
    for (const cue of outlet.cues ?? []) {
      const re = compile(cue.pattern, cue.flags, `outlet ${outlet.id} cue`, problems);
      if (re) registry.cues.push({ outletId: outlet.id, re, weight: cue.weight ?? 1 });
    }
    for (const pattern of outlet.publisherCues ?? []) {
      const re = compile(pattern, undefined, `outlet ${outlet.id} publisher cue`, problems);
      if (re) registry.publisherCues.push({ outletId: outlet.id, re, weight: 1 });
    }
  }
  for (const pattern of raw.leadCues ?? []) {
    const re = compile(pattern, 'u', 'lead cue', problems);
    if (re) registry.leadCues.push(re);
  }
  for (const rule of raw.debris ?? []) {
    const re = compile(rule.pattern, rule.flags ?? 'u', `debris "${rule.reason}"`, problems);
    if (re) registry.debris.push({ re, reason: rule.reason });
  }
  return { registry, problems };
}

let builtIn: Registry | undefined;

/** The registry in data/outlets.json. */
export function defaultRegistry(): Registry {
  if (!builtIn) {
    const { registry, problems } = compileRegistry(registryJson as RawRegistry);
    if (problems.length > 0) throw new Error(`data/outlets.json: ${problems.join('; ')}`);
    builtIn = registry;
  }
  return builtIn;
}

/**
 * Names a record may carry in its outlet field that name no outlet: a section ("News"), a byline placeholder
 * ("Staff"), a missing value ("N/A", "null"). Filed under such a name, every outlet's copy would become one outlet.
 */
const GENERIC_NAMES: ReadonlySet<string> = new Set(
  `news newsdesk desk staff staffwriter staffreporter editor editors editorial admin administrator web online home
  homepage wire wires newswire agency agencies unknown anonymous author none null undefined na nan`
    .split(/\s+/)
    .filter(Boolean),
);

/** True for an outlet field that names no outlet (see GENERIC_NAMES): the text's cues decide instead. */
export function isGenericOutletName(name: string): boolean {
  return GENERIC_NAMES.has(outletNameKey(name));
}

export interface ResolvedOutlet {
  outlet: OutletRef;
  /** Set when the name is not in the registry (or blank): what happened and what to do. */
  warning?: string;
}

/**
 * A name that is a web address's host (`wave3.com:80`, `www.wave3.com`, `https://wave3.com/`) → the bare host
 * (`wave3.com`); any other name as it is. Scraped corpora name outlets by host, and the same site appears with and
 * without a port or `www.` (gva-dev: 388 of its 976 outlet names end in `:80`): one site, one outlet, so its page
 * furniture is found across all its articles and it is one column in a comparison.
 */
export function bareHost(name: string): string {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?\/?$/i.exec(name);
  return m ? m[1]! : name;
}

/**
 * An outlet name from a record → the registry outlet. An unknown name becomes an outlet of its own (slug of the name)
 * with a warning, never an error; a blank or generic name ("News", "Staff") gives `null` so the caller can try the
 * text cues.
 */
export function resolveOutletName(
  name: string,
  registry: Registry = defaultRegistry(),
): ResolvedOutlet | null {
  const trimmed = bareHost(name.replace(/\s+/g, ' ').trim());
  const key = outletNameKey(trimmed);
  if (!key || GENERIC_NAMES.has(key)) return null;
  const id = registry.names.get(key);
  const known = id !== undefined ? registry.outlets.get(id) : undefined;
  if (known) return { outlet: known };
  const newId = slug(trimmed) || `outlet-${key}`;
  return {
    outlet: { id: newId, name: trimmed },
    warning: `unknown outlet "${trimmed}": filed as "${newId}"; add it (or an alias) to data/outlets.json if it is another name of a known outlet`,
  };
}

export interface Detection {
  outlet: OutletRef;
  score: number;
  /** The cue patterns that matched, for the record. */
  matched: string[];
}

function score(text: string, cues: Cue[], registry: Registry): Detection | null {
  const totals = new Map<string, { score: number; matched: string[] }>();
  for (const cue of cues) {
    if (!cue.re.test(text)) continue;
    const entry = totals.get(cue.outletId) ?? { score: 0, matched: [] };
    entry.score += cue.weight;
    entry.matched.push(cue.re.source);
    totals.set(cue.outletId, entry);
  }
  let best: Detection | null = null;
  // Highest score wins; ties go to the smaller id so the answer never depends on registry order.
  for (const [id, { score: s, matched }] of [...totals].sort((a, b) => compareText(a[0], b[0]))) {
    const outlet = registry.outlets.get(id);
    if (outlet && (best === null || s > best.score)) best = { outlet, score: s, matched };
  }
  return best;
}

/** Who wrote the text, from the registry's weighted cues: the best total wins. Null when no cue matches. */
export function detectOutlet(text: string, registry: Registry = defaultRegistry()): Detection | null {
  return score(text, registry.cues, registry);
}

/** Where the text appeared, from publisher cues ("Subscribe to Mint Newsletters" → mint). */
export function detectPublisher(text: string, registry: Registry = defaultRegistry()): Detection | null {
  return score(text, registry.publisherCues, registry);
}
