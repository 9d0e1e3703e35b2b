// The search engine in the browser, loaded only when someone starts to search: Pagefind for full text,
// the prebuilt suggestion list for entity names. Results put an entity's own page first, then full-text
// matches, so 区商务局 leads to the unit's page before pages that merely mention it. Everyday words are searched
// in the plan's wording (src/i18n/search-zh-CN.ts, EVERYDAY); a query that matches only single characters is
// reported as unmatched, with the nearest terms, instead of listing loose matches.
import { localeOfPath, localizedPath, paths } from '../lib/paths';
import { everydayTerms, everydayVariants, nearestTerms } from '../lib/search/everyday';
import { excerptText, highlight, isLoose } from '../lib/search/highlight';
import { allEntries, shardHead, suggestFromShards, type Hit } from '../lib/search/suggest-shards';
import { queryVariants } from '../lib/search/synonyms';
import type { FilterKey } from '../lib/search/types';
import { EVERYDAY as EVERYDAY_ZH, PRELOAD_QUERY as PRELOAD_ZH, SYNONYMS as SYNONYMS_ZH } from '../i18n/search-zh-CN';
import { EVERYDAY_EN, PRELOAD_QUERY_EN, SYNONYMS_EN } from '../i18n/search-en';

// The page's language picks the search data, the suggestion list and (inside Pagefind) the index.
const english = localeOfPath(location.pathname) === 'en';
const EVERYDAY = english ? EVERYDAY_EN : EVERYDAY_ZH;
const SYNONYMS = english ? SYNONYMS_EN : SYNONYMS_ZH;
const PRELOAD_QUERY = english ? PRELOAD_QUERY_EN : PRELOAD_ZH;

/** One entry per page: its best match, and beneath it the page's best sub-result (a section with its own anchor). */
export interface Result {
  url: string;
  title: string;
  type: string;
  /** HTML: the excerpt's text, escaped, with whole runs of the query in <mark>. */
  excerpt?: string | undefined;
  sub?: { url: string; title: string; excerpt: string } | undefined;
  /** Further matches on the same page (its other clauses or sections), counted in the total. */
  more: number;
}

export interface Outcome {
  /** Every match Pagefind found (and entity names it did not), not only those loaded. */
  total: number;
  results: Result[];
  /** More matches than the results loaded so far. */
  hasMore: boolean;
  /** Nothing in the plan matches the query but single characters: no results shown, `nearest` offered. */
  unmatched: boolean;
  nearest: string[];
}

export type Filters = Partial<Record<FilterKey, string>>;

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
  sub_results?: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: object) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string, o?: { filters?: Record<string, string> }) => Promise<void>;
}

const suggestionFiles = new Map<string, Promise<unknown>>();
let engine: Promise<Pagefind> | undefined;

/** One file of the split suggestion list, fetched once (src/lib/search/suggest-shards.ts): a typed query needs a few. */
function suggestionFile(name: string): Promise<unknown> {
  let file = suggestionFiles.get(name);
  if (!file) {
    file = fetch(localizedPath(paths.searchSuggestions(name), english ? 'en' : 'zh-CN')).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(r.statusText)),
    );
    // A failed fetch (offline for a moment) is tried again on the next keystroke.
    file.catch(() => suggestionFiles.delete(name));
    suggestionFiles.set(name, file);
  }
  return file;
}

/** The suggestion list's shape (well under 1 KB), fetched when a search box is focused. */
export function loadSuggestions() {
  return shardHead(suggestionFile);
}

/**
 * Pagefind's script, WASM and first index chunk, fetched when someone starts to use a search box.
 * init() alone defers Pagefind's WASM start-up (about 150 ms here) to the first search; preloading a
 * common character does it while the person is still typing.
 */
export function loadPagefind() {
  engine ??= (async () => {
    const url = paths.searchBundle();
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 30 });
    await pf.init();
    await pf.preload(PRELOAD_QUERY);
    return pf;
  })();
  return engine;
}

/** An entity suggestion with its type's name, as the suggestion list gives it. */
export type EntitySuggestion = Hit & { type: string };

/** Entity names matching the query, within a frame once its files are loaded; an everyday word by the plan's terms. */
export async function suggestEntities(query: string, limit = 6): Promise<EntitySuggestion[]> {
  const head = await loadSuggestions();
  let found = await suggestFromShards(query, suggestionFile, limit);
  if (!found.length)
    found = (await Promise.all(everydayVariants(query, EVERYDAY).map((v) => suggestFromShards(v, suggestionFile, limit)))).flat();
  return [...new Map(found.map((s) => [s.u, s])).values()].slice(0, limit).map((s) => ({ ...s, type: head.types[s.t] }));
}

/** Starts fetching the index chunks a query will need, while the person is still typing. */
export async function preload(query: string): Promise<void> {
  if (query.trim()) await (await loadPagefind()).preload(query.trim());
}

/** Below this many full-text hits, the query's synonyms are searched too (文旅 → 文化旅游). */
const FEW = 5;
/** Results loaded per page of results: each is a fragment request. */
export const PER_PAGE = 10;

const pageOf = (url: string) => url.split('#')[0]!;

/** The sub-result with the most matched words, where it is a section of its own (not the page's top). */
function bestSub(d: PagefindData, terms: string[]): Result['sub'] {
  const best = [...(d.sub_results ?? [])].sort((a, b) => b.locations.length - a.locations.length)[0];
  if (!best || best.url === d.url || !best.url.includes('#')) return undefined;
  return { url: best.url, title: best.title, excerpt: highlight(best.excerpt, terms) };
}

/** Searches `pages` pages of results (PER_PAGE each); asking again for more pages reuses what Pagefind has fetched. */
export async function search(query: string, filters: Filters = {}, pages = 1): Promise<Outcome> {
  const q = query.trim();
  const none: Outcome = { total: 0, results: [], hasMore: false, unmatched: false, nearest: [] };
  if (!q) return none;
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const onlyType = Object.keys(active).every((k) => k === 'type');
  // An everyday word is searched in the plan's wording only: the word itself stands nowhere in the plan.
  const everyday = everydayVariants(q, EVERYDAY);
  const asked = everyday.length ? everyday : [q];
  const [entities, pf] = await Promise.all([onlyType ? suggestEntities(q, 5) : Promise.resolve([]), loadPagefind()]);

  const scored = new Map<string, PagefindResult>();
  const add = (found: { results: PagefindResult[] } | null) => {
    for (const r of found?.results ?? []) if ((scored.get(r.id)?.score ?? -1) < r.score) scored.set(r.id, r);
  };
  (await Promise.all(asked.map((v) => pf.search(v, { filters: active })))).forEach(add);
  // Synonyms only when the query finds little: each variant costs index chunks.
  const synonyms = scored.size < FEW ? queryVariants(q, SYNONYMS).slice(1) : [];
  (await Promise.all(synonyms.map((v) => pf.search(v, { filters: active })))).forEach(add);
  const terms = [q, ...asked, ...synonyms, ...everydayTerms(q, EVERYDAY)];

  const ranked = [...scored.values()].sort((a, b) => b.score - a.score);
  const loaded = await Promise.all(ranked.slice(0, pages * PER_PAGE).map((r) => r.data()));
  const typeLabel = active['type'];
  const own = entities.filter((e) => !typeLabel || e.type === typeLabel);
  const tight = loaded.filter((d) => !isLoose([d.meta.title ?? '', excerptText(d.excerpt)], terms));
  if (!own.length && !tight.length) {
    // Every name is a candidate: this loads the whole list, only when a full search has found nothing.
    const candidates = [...EVERYDAY.flatMap((e) => e.plan), ...(await allEntries(suggestionFile)).map((e) => e.n)];
    return { ...none, unmatched: ranked.length > 0, nearest: nearestTerms(q, candidates) };
  }

  const byPage = new Map<string, Result>();
  for (const e of own) byPage.set(pageOf(e.u), { url: e.u, title: e.n, type: e.type, more: 0 });
  const ownFound = new Set<string>();
  for (const d of loaded) {
    const key = pageOf(d.url);
    const entry = byPage.get(key);
    const excerpt = highlight(d.excerpt, terms);
    if (entry && own.some((e) => pageOf(e.u) === key) && !ownFound.has(key)) {
      // The entity's own page, found by Pagefind too: one entry, counted once.
      ownFound.add(key);
      Object.assign(entry, { excerpt, sub: bestSub(d, terms) });
    } else if (entry) entry.more++;
    else byPage.set(key, { url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', excerpt, sub: bestSub(d, terms), more: 0 });
  }
  const hasMore = ranked.length > loaded.length;
  // Entities Pagefind has not found among the loaded results count on their own; once all are loaded this is exact.
  const total = ranked.length + (hasMore ? 0 : own.length - ownFound.size);
  return { total: Math.max(total, byPage.size), results: [...byPage.values()], hasMore, unmatched: false, nearest: [] };
}
