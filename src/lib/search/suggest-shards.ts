// The suggestion list split into small files, so a typed query loads only what it can match (#15): at 10,000
// projects the whole list is 58 KB gzip, a first keystroke here loads one file of a few KB.
//
// Matching (score in suggest.ts) finds a name by any substring, aliases likewise, pinyin by prefix, by substring
// from four letters and with one slip from five, and a Chinese query by its reading. So a file per first character
// would lose names matched in the middle. Instead:
//   - one character: its answer, ranked at build time by suggest() itself (`one-<bucket>`);
//   - two or more: the ids of every entry a key of the query can match (`keys-<bucket>`), then those entries
//     (`entries-<chunk>`), ranked by the same rank(). The keys (queryKeys) are the first two characters without
//     spaces, and for pinyin also the first four letters, letters three and four (one slip in the first two leaves
//     them in place) and the first four letters of the query's reading. entryKeys gives each entry every key that can
//     begin a query matching it; the unit test proves the two agree with suggest() on the whole list.
// Keys are hashed into a number of buckets fixed at build time (`index`), so the file count stays small. While one
// `entries-` file holds the whole list (as it does for today's content), there are no keys: they would only add bytes.
import type { EntityType } from './types';
import { charPinyin, normalize, queryPinyin, rank, squeeze, type SuggestIndex, type Suggestion } from './suggest';

/** Suggestions a one-character answer keeps: more than any caller shows. */
export const ANSWER_LIMIT = 8;

/** About this many bytes of JSON per file (some 10–15 KB gzip: Chinese text compresses less than Latin). */
export const FILE_BYTES = 36_000;

/** What the browser fetches first: the list's shape. */
export interface SuggestHead {
  /** Each type's name, as results show it. */
  types: Record<EntityType, string>;
  /** How many `one-` and `keys-` buckets there are; no `keys-` while every entry fits in one `entries-` file. */
  answers: number;
  keys: number;
  /** Entries per `entries-` file, and how many entries there are. */
  chunk: number;
  count: number;
  /** Whether `pinyin` (the readings of common characters) exists: the Chinese list only. */
  readings: boolean;
}

/** A suggestion as shown: name, type, URL. */
export type Hit = Pick<Suggestion, 'n' | 't' | 'u'>;

/** FNV-1a over UTF-16 code units: the same bucket at build time and in the browser. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

const grams = (text: string, size: number) => {
  const c = [...text];
  return Array.from({ length: Math.max(0, c.length - size + 1) }, (_, i) => c.slice(i, i + size).join(''));
};

/** The keys a normalized query of two or more characters (without spaces) looks up; `qp` is its reading. */
export function queryKeys(q: string, qp: string | undefined): string[] {
  const s = squeeze(q);
  const keys = [[...s].slice(0, 2).join('')];
  if (/^[a-z0-9]+$/.test(s)) {
    if (s.length >= 4) keys.push(s.slice(0, 4));
    if (s.length >= 5) keys.push(s.slice(2, 4));
  }
  if (qp && qp.length >= 4) keys.push(qp.slice(0, 4));
  return [...new Set(keys)];
}

/** Every key under which a query can find this entry (see the head of this file). */
export function entryKeys(e: Suggestion): string[] {
  const keys = new Set<string>();
  for (const text of [e.n.toLowerCase(), ...e.a]) for (const g of grams(squeeze(text), 2)) keys.add(g);
  if (e.i.length >= 2) keys.add(e.i.slice(0, 2));
  // A slip in the first two letters: what follows them stands at letters two to five of the pinyin.
  for (const g of grams(e.p.slice(0, 5), 2)) keys.add(g);
  for (const g of grams(e.p, 4)) keys.add(g);
  return [...keys];
}

function buckets<T>(items: Map<string, T>, bytes: (item: T) => number, fileBytes: number): { count: number; files: Record<string, T>[] } {
  let total = 0;
  for (const [k, v] of items) total += k.length + bytes(v);
  const count = Math.max(1, Math.ceil(total / fileBytes));
  const files = Array.from({ length: count }, () => ({}) as Record<string, T>);
  for (const [k, v] of items) files[bucketOf(k, count)]![k] = v;
  return { count, files };
}

/**
 * Every file of the split list, by name (`index`, `pinyin`, `one-3`, `keys-12`, `entries-0`), as JSON values.
 * `fileBytes` is for tests: a small size splits even a short list.
 */
export function buildShards(index: SuggestIndex, fileBytes = FILE_BYTES): Map<string, unknown> {
  const { entries } = index;
  const map = charPinyin(index.pinyin);
  const out = new Map<string, unknown>();

  // One character: the entries whose names hold it, and those whose pinyin holds its reading, ranked as today.
  const holding = new Map<string, number[]>();
  entries.forEach((e, id) => {
    for (const c of new Set([...e.n.toLowerCase(), ...e.a.join('')]))
      if (!/\s/.test(c)) (holding.get(c) ?? holding.set(c, []).get(c)!).push(id);
  });
  const byReading = new Map<string, number[]>();
  const reading = (py: string) => {
    if (py.length < 4) return [];
    if (!byReading.has(py))
      byReading.set(
        py,
        [...entries.keys()].filter((id) => entries[id]!.p.includes(py)),
      );
    return byReading.get(py)!;
  };
  const answers = new Map<string, Hit[]>();
  for (const c of new Set([...holding.keys(), ...map.keys()])) {
    const qp = queryPinyin(c, map);
    const ids = [...new Set([...(holding.get(c) ?? []), ...reading(map.get(c) ?? '')])].sort((a, b) => a - b);
    const found = rank(
      ids.map((id) => entries[id]!),
      c,
      qp,
      ANSWER_LIMIT,
    ).map(({ n, t, u }) => ({ n, t, u }));
    if (found.length) answers.set(c, found);
  }
  const one = buckets(answers, (hits) => JSON.stringify(hits).length, fileBytes);
  one.files.forEach((f, b) => out.set(`one-${b}`, f));

  const chunk = Math.max(1, Math.floor((fileBytes * entries.length) / Math.max(1, JSON.stringify(entries).length)));
  for (let c = 0; c * chunk < entries.length; c++) out.set(`entries-${c}`, entries.slice(c * chunk, (c + 1) * chunk));

  // While one file holds every entry, keys would only add bytes to what a query loads.
  let keyCount = 0;
  if (entries.length > chunk) {
    const byKey = new Map<string, number[]>();
    entries.forEach((e, id) => {
      for (const k of entryKeys(e)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(id);
    });
    const keys = buckets(byKey, (ids) => JSON.stringify(ids).length, fileBytes);
    keys.files.forEach((f, b) => out.set(`keys-${b}`, f));
    keyCount = keys.count;
  }

  const readings = Object.keys(index.pinyin).length > 0;
  if (readings) out.set('pinyin', index.pinyin);
  const head: SuggestHead = { types: index.types, answers: one.count, keys: keyCount, chunk, count: entries.length, readings };
  out.set('index', head);
  return out;
}

/** Reads one file of the split list by name (the browser fetches and caches; tests read the built map). */
export type ShardFiles = (name: string) => Promise<unknown>;

/** The list's shape and types' names. */
export const shardHead = async (files: ShardFiles) => (await files('index')) as SuggestHead;

/** What suggest() finds in the whole list, loading only the files the query needs. `limit` ≤ ANSWER_LIMIT. */
export async function suggestFromShards(query: string, files: ShardFiles, limit = ANSWER_LIMIT): Promise<Hit[]> {
  const q = normalize(query);
  if (!q) return [];
  const head = await shardHead(files);
  const s = squeeze(q);
  if ([...s].length === 1) {
    const answers = (await files(`one-${bucketOf(s, head.answers)}`)) as Record<string, Hit[]>;
    return (Object.hasOwn(answers, s) ? answers[s]! : []).slice(0, limit);
  }
  const readings = head.readings && /\p{Script=Han}/u.test(q) ? ((await files('pinyin')) as SuggestIndex['pinyin']) : {};
  const qp = queryPinyin(q, charPinyin(readings));
  if (!head.keys) return rank(await allEntries(files), q, qp, limit);
  const lists = await Promise.all(
    queryKeys(q, qp).map(async (k) => {
      const bucket = (await files(`keys-${bucketOf(k, head.keys)}`)) as Record<string, number[]>;
      return Object.hasOwn(bucket, k) ? bucket[k]! : [];
    }),
  );
  const ids = [...new Set(lists.flat())].sort((a, b) => a - b);
  return rank(await entriesOf(ids, head, files), q, qp, limit);
}

async function entriesOf(ids: number[], head: SuggestHead, files: ShardFiles): Promise<Suggestion[]> {
  const chunks = [...new Set(ids.map((id) => Math.floor(id / head.chunk)))];
  const loaded = new Map(await Promise.all(chunks.map(async (c) => [c, (await files(`entries-${c}`)) as Suggestion[]] as const)));
  return ids.map((id) => loaded.get(Math.floor(id / head.chunk))![id % head.chunk]!);
}

/** Every entry, in the list's order: for the nearest names when a full search finds nothing (loads every chunk). */
export async function allEntries(files: ShardFiles): Promise<Suggestion[]> {
  const head = await shardHead(files);
  return entriesOf([...Array(head.count).keys()], head, files);
}
