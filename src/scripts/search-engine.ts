// The search engine in the browser, loaded only when someone starts to search: Pagefind for full text,
// the prebuilt suggestion list for entity names. Results put an entity's own page first, then full-text
// matches, so 区商务局 leads to the unit's page before pages that merely mention it.
import { paths } from '../lib/paths';
import { charPinyin, suggest, type SuggestIndex, type Suggestion } from '../lib/search/suggest';
import { queryVariants } from '../lib/search/synonyms';
import type { FilterKey } from '../lib/search/types';
import { PRELOAD_QUERY, SYNONYMS } from '../i18n/search-zh-CN';

export interface Result {
  url: string;
  title: string;
  type: string;
  /** HTML from Pagefind: text with the match in <mark>. */
  excerpt?: string | undefined;
}

export type Filters = Partial<Record<FilterKey, string>>;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; type?: string } }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: object) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
}

let suggestIndex: Promise<{ index: SuggestIndex; map: Map<string, string> }> | undefined;
let engine: Promise<Pagefind> | undefined;

/** The suggestion list (a few KB): enough for instant entity suggestions. */
export function loadSuggestions() {
  suggestIndex ??= fetch(paths.searchSuggestions())
    .then((r) => r.json() as Promise<SuggestIndex>)
    .then((index) => ({ index, map: charPinyin(index) }));
  return suggestIndex;
}

/**
 * Pagefind's script, WASM and first index chunk, fetched when someone starts to use a search box.
 * init() alone defers Pagefind's WASM start-up (about 150 ms here) to the first search; preloading a
 * common character does it while the person is still typing.
 */
export function loadPagefind() {
  engine ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 30 });
    await pf.init();
    await pf.preload(PRELOAD_QUERY);
    return pf;
  })();
  return engine;
}

/** An entity suggestion with its type's name, as the suggestion list gives it. */
export type EntitySuggestion = Suggestion & { type: string };

/** Entity names matching the query, within a frame once the list is loaded. */
export async function suggestEntities(query: string, limit = 6): Promise<EntitySuggestion[]> {
  const { index, map } = await loadSuggestions();
  return suggest(index, query, map, limit).map((s) => ({ ...s, type: index.types[s.t] }));
}

const entityResult = (s: EntitySuggestion): Result => ({ url: s.u, title: s.n, type: s.type });

/** Starts fetching the index chunks a query will need, while the person is still typing. */
export async function preload(query: string): Promise<void> {
  if (query.trim()) await (await loadPagefind()).preload(query.trim());
}

/** Below this many full-text hits, the query's synonyms are searched too (文旅 → 文化旅游). */
const FEW = 5;

export async function search(query: string, filters: Filters = {}, limit = 10): Promise<Result[]> {
  const q = query.trim();
  if (!q) return [];
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const onlyType = Object.keys(active).every((k) => k === 'type');
  const [entities, pf] = await Promise.all([onlyType ? suggestEntities(q, 5) : Promise.resolve([]), loadPagefind()]);

  // The query itself, then its synonyms only when it finds little: each variant costs index chunks.
  const scored = new Map<string, PagefindResult>();
  const add = (found: { results: PagefindResult[] } | null) => {
    for (const r of found?.results.slice(0, limit) ?? []) if ((scored.get(r.id)?.score ?? -1) < r.score) scored.set(r.id, r);
  };
  add(await pf.search(q, { filters: active }));
  if (scored.size < FEW)
    (
      await Promise.all(
        queryVariants(q, SYNONYMS)
          .slice(1)
          .map((v) => pf.search(v, { filters: active })),
      )
    ).forEach(add);
  // Each result's fragment is a request: only the best `limit` are fetched.
  const pages = await Promise.all(
    [...scored.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((r) => r.data()),
  );
  const byUrl = new Map<string, Result>();
  for (const d of pages) {
    if (!byUrl.has(d.url)) byUrl.set(d.url, { url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', excerpt: d.excerpt });
  }
  const typeLabel = active['type'];
  const own = entities
    .map(entityResult)
    .filter((e) => !typeLabel || e.type === typeLabel)
    .map((e) => ({ ...e, excerpt: byUrl.get(e.url)?.excerpt }));
  const ownUrls = new Set(own.map((e) => e.url));
  return [...own, ...[...byUrl.values()].filter((r) => !ownUrls.has(r.url))].slice(0, limit);
}
