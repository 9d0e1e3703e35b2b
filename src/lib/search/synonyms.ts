// Words people type for the plan's words: each group is interchangeable in a query, so 文旅 finds 文化旅游. The groups
// are language data (src/i18n/search-zh-CN.ts); this is what search does with them.

/** Groups of interchangeable words. */
export type Synonyms = readonly (readonly string[])[];

/** The query with each synonym replaced by the others of its group; the query itself first. At most `max`. */
export function queryVariants(query: string, synonyms: Synonyms, max = 4): string[] {
  const out = [query];
  for (const group of synonyms) {
    const hit = [...group].sort((a, b) => b.length - a.length).find((w) => query.includes(w));
    if (!hit) continue;
    for (const other of group) if (other !== hit) out.push(query.replace(hit, other));
  }
  return [...new Set(out)].slice(0, max);
}
