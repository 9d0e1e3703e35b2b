// Everyday words → the plan's terms (the reviewed table is language data, src/i18n/search-zh-CN.ts): a query holding
// an everyday word is searched with the plan's wording instead, and a query that finds nothing is offered near terms.

export interface EverydayEntry {
  words: readonly string[];
  plan: readonly string[];
}

/**
 * The query with its everyday word replaced by each of the plan's terms for it; [] when it holds none. The table's
 * words never stand in the plan (a test checks), so the query itself would find only loose matches.
 */
export function everydayVariants(query: string, table: readonly EverydayEntry[]): string[] {
  let best: { at: number; word: string; entry: EverydayEntry } | undefined;
  for (const entry of table)
    for (const word of entry.words) {
      const at = findWord(query, word);
      if (at >= 0 && word.length > (best?.word.length ?? 0)) best = { at, word, entry };
    }
  if (!best) return [];
  const { at, word } = best;
  return [...new Set(best.entry.plan.map((term) => query.slice(0, at) + term + query.slice(at + word.length)))];
}

/** Where `word` stands in the query, ignoring case; a Latin word only whole (IT is not the it of bitcoin). −1 if nowhere. */
function findWord(query: string, word: string): number {
  const q = query.toLowerCase();
  const w = word.toLowerCase();
  const latin = /[a-z0-9]/;
  for (let at = q.indexOf(w); at >= 0; at = q.indexOf(w, at + 1))
    if (!latin.test(w) || (!latin.test(q[at - 1] ?? '') && !latin.test(q[at + w.length] ?? ''))) return at;
  return -1;
}

/** The plan's terms a query's everyday words stand for (for highlighting and suggestions). */
export function everydayTerms(query: string, table: readonly EverydayEntry[]): string[] {
  return [...new Set(table.filter((e) => e.words.some((w) => findWord(query, w) >= 0)).flatMap((e) => e.plan))];
}

const han = (s: string) => new Set([...s].filter((c) => /\p{Script=Han}|[a-z0-9]/iu.test(c)).map((c) => c.toLowerCase()));

/**
 * Terms nearest to a query that found nothing: those sharing the most of its characters (at least one, or two for
 * a query of three or more), shorter first. Candidates are the plan's terms of the everyday table, glossary
 * terms and entity names; each appears once.
 */
export function nearestTerms(query: string, candidates: readonly string[], limit = 6): string[] {
  const q = han(query);
  if (!q.size) return [];
  const need = q.size >= 3 ? 2 : 1;
  return [...new Set(candidates)]
    .map((c) => ({ c, shared: [...han(c)].filter((x) => q.has(x)).length }))
    .filter((x) => x.shared >= need)
    .sort((a, b) => b.shared - a.shared || a.c.length - b.c.length)
    .slice(0, limit)
    .map((x) => x.c);
}
