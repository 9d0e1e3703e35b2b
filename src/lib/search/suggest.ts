// Instant entity suggestions: a small prebuilt list matched in the browser within a frame.
// Matching is by name, alias, synonym, full pinyin and initials, so 鲁迅, luxun, lxgl and even the
// homophone slip 鲁讯 all find 鲁迅故里步行街. No pinyin library runs in the browser: the list carries
// each entity's pinyin, and a small character map turns a typed query into pinyin.
import type { EntityType } from './types';

export interface Suggestion {
  /** Name as shown. */
  n: string;
  /** Entity type. */
  t: EntityType;
  /** URL. */
  u: string;
  /** Other names: aliases and synonyms, lower-cased. */
  a: string[];
  /** Full pinyin without tones or spaces. */
  p: string;
  /** Pinyin initials. */
  i: string;
}

export interface SuggestIndex {
  entries: Suggestion[];
  /** Pinyin syllable → the common characters read that way. */
  pinyin: Record<string, string>;
  /** Each type's name, as results show it (the string table's, so the browser need not load the table). */
  types: Record<EntityType, string>;
}

/** A query or name without its spaces: how pinyin and initials are compared (shuzi ruanjian is shuziruanjian). */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Full-width to half-width, lower case, no surrounding space. */
export function normalize(query: string): string {
  return query.normalize('NFKC').toLowerCase().trim();
}

const maps = new WeakMap<SuggestIndex['pinyin'], Map<string, string>>();

/** Character → pinyin, from the list's syllable → characters map (built once per map). */
export function charPinyin(readings: SuggestIndex['pinyin']): Map<string, string> {
  let map = maps.get(readings);
  if (map) return map;
  map = new Map<string, string>();
  for (const [syllable, chars] of Object.entries(readings)) for (const c of chars) if (!map.has(c)) map.set(c, syllable);
  maps.set(readings, map);
  return map;
}

/** The query read as pinyin, where every Han character in it has a known reading; else undefined. */
export function queryPinyin(query: string, map: Map<string, string>): string | undefined {
  let out = '';
  for (const c of query) {
    if (/\p{Script=Han}/u.test(c)) {
      const py = map.get(c);
      if (!py) return undefined;
      out += py;
    } else if (/[a-z0-9]/.test(c)) out += c;
  }
  return out || undefined;
}

/** Levenshtein distance, capped: enough to forgive one slip in a pinyin query. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const TYPE_RANK: Record<EntityType, number> = {
  industry: 0,
  programme: 1,
  project: 2,
  platform: 3,
  unit: 4,
  glossary: 5,
  target: 6,
  clause: 7,
  section: 8,
};

/** Scores one entry against the query; 0 means no match. */
export function score(e: Suggestion, q: string, qPinyin: string | undefined): number {
  const name = e.n.toLowerCase();
  if (name === q || e.a.includes(q)) return 100;
  if (name.startsWith(q)) return 90;
  if (name.includes(q)) return 80;
  if (e.a.some((a) => a.includes(q))) return 70;
  const latin = squeeze(q);
  if (/^[a-z0-9]+$/.test(latin) && latin.length >= 2) {
    if (e.i === latin) return 65;
    if (e.p.startsWith(latin)) return 60;
    if (e.i.startsWith(latin)) return 55;
    if (latin.length >= 4 && e.p.includes(latin)) return 45;
    // One slip (a letter missing, extra or wrong) against the start of the pinyin.
    if (latin.length >= 5 && [-1, 0, 1].some((d) => withinOneEdit(latin, e.p.slice(0, latin.length + d)))) return 30;
  }
  if (qPinyin && qPinyin.length >= 4) {
    if (e.p.startsWith(qPinyin)) return 40;
    if (e.p.includes(qPinyin)) return 35;
  }
  return 0;
}

export function suggest(index: SuggestIndex, query: string, map = charPinyin(index.pinyin), limit = 8): Suggestion[] {
  const q = normalize(query);
  if (!q) return [];
  return rank(index.entries, q, queryPinyin(q, map), limit);
}

/**
 * The best `limit` of `entries` for the normalized query `q` (read as pinyin: `qp`). Ties keep the entries' order, so
 * any part of the list that holds every match, in the list's order, ranks exactly as the whole list does.
 */
export function rank<E extends Suggestion>(entries: readonly E[], q: string, qp: string | undefined, limit: number): E[] {
  return entries
    .map((e) => ({ e, s: score(e, q, qp) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || TYPE_RANK[a.e.t] - TYPE_RANK[b.e.t] || a.e.n.length - b.e.n.length)
    .slice(0, limit)
    .map((x) => x.e);
}
