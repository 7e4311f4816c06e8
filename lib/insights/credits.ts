import type { Article, Credit } from '../types';

/**
 * Names under which outlets are credited in other outlets' text. Data, not branches: add a row to teach a new outlet.
 * An article's own outlet name (and publisher name) is always added, so outlets missing here are still found.
 */
export const OUTLET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  afp: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  reuters: ['Reuters'],
  ap: ['AP', 'Associated Press'],
  'press-tv': ['Press TV', 'PressTV'],
  'the-hindu': ['The Hindu'],
};

/**
 * Credit contexts: `N` stands for an outlet name. A bare mention of an outlet ("a Fox News host said") is not a credit,
 * so only these shapes count. Photo credits are kept apart: a picture bought from AFP says nothing about the words.
 */
const CREDIT_PATTERNS: readonly { pattern: string; kind: Credit['kind'] }[] = [
  { pattern: String.raw`Photo\s*(?:Credit)?\s*:?\s*(?:by\s+)?N\b`, kind: 'photo' },
  { pattern: String.raw`\(N\s+photo\)`, kind: 'photo' },
  { pattern: String.raw`\(with\s+N\)`, kind: 'text' },
  { pattern: String.raw`\(N\)`, kind: 'text' },
  { pattern: String.raw`\btold\s+N\b`, kind: 'text' },
  { pattern: String.raw`\bN\s+reporters?\b`, kind: 'text' },
  { pattern: String.raw`\baccording\s+to\s+(?:the\s+)?N\b`, kind: 'text' },
  { pattern: String.raw`\bN\s+contributed\b`, kind: 'text' },
  { pattern: String.raw`\breported\s+by\s+N\b`, kind: 'text' },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names each outlet of these articles goes by: the alias table plus the names the articles themselves carry. */
export function outletNames(articles: readonly Article[]): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  const add = (id: string, name: string) => {
    if (!name.trim()) return;
    let set = names.get(id);
    if (!set) names.set(id, (set = new Set()));
    set.add(name);
  };
  for (const [id, aliases] of Object.entries(OUTLET_ALIASES)) for (const n of aliases) add(id, n);
  for (const a of articles) {
    add(a.outlet.id, a.outlet.name);
    if (a.publisher) add(a.publisher.id, a.publisher.name);
  }
  // Sorted so the output never depends on insertion order; longest name first so "Associated Press" wins over "AP".
  return new Map(
    [...names.entries()]
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .map(([id, set]) => [id, [...set].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))]),
  );
}

/**
 * Credits each article gives to other outlets, found in its sentences and in what cleaning removed from it. An
 * article crediting its own outlet or publisher ("told AFP" in an AFP story) is not evidence of copying, so is skipped.
 */
export function findCredits(articles: readonly Article[]): Credit[] {
  const names = outletNames(articles);
  // Per outlet name, its patterns: a text that does not contain the name is passed over once, not once a pattern.
  const compiled: { outlet: string; name: string; patterns: { re: RegExp; kind: Credit['kind'] }[] }[] = [];
  for (const [outlet, list] of names) {
    for (const name of list) {
      compiled.push({
        outlet,
        name,
        patterns: CREDIT_PATTERNS.map((p) => ({
          kind: p.kind,
          re: new RegExp(p.pattern.replace('N', escape(name)), 'g'),
        })),
      });
    }
  }
  const out: Credit[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const own = new Set([article.outlet.id, article.publisher?.id].filter((x): x is string => Boolean(x)));
    const sources: { text: string; where: Credit['where'] }[] = [
      ...article.sentences.map((s) => ({ text: s.text, where: 'sentence' as const })),
      ...article.removed.map((r) => ({ text: r.text, where: 'removed' as const })),
    ];
    for (const { text, where } of sources) {
      for (const c of compiled) {
        // Most texts name no outlet at all: a plain substring test spares the regular expressions.
        if (own.has(c.outlet) || !text.includes(c.name)) continue;
        for (const p of c.patterns) {
          for (const m of text.matchAll(p.re)) {
            const key = `${article.id}\u0000${c.outlet}\u0000${m[0]}\u0000${where}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ article: article.id, outlet: c.outlet, text: m[0], kind: p.kind, where });
          }
        }
      }
    }
  }
  return out;
}

/** How strongly `article` credits `outlet` as a source: text credits weigh more than photo credits. */
export function creditWeight(credits: readonly Credit[], article: string, outlet: string): number {
  let w = 0;
  for (const c of credits) if (c.article === article && c.outlet === outlet) w += c.kind === 'text' ? 2 : 1;
  return w;
}
