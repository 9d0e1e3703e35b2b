// Search records that are not whole pages: every clause of the plan, every target and every glossary term,
// each pointing at its own anchor, so a phrase from the plan leads to its paragraph, not the top of /plan/.
import { paths } from '../paths';
import type { Site } from '../relations';
import { facetsOf } from './facets';
import type { Facets, TypeLabel } from './types';

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
  facets: Facets;
}

/** Words the records need from the interface: the heading for lines of the covering notice, the owner of plan-wide targets. */
export interface RecordWords {
  notice: string;
  planOwner: string;
  /** A target's figure and deadline in words (src/i18n/format.ts). */
  value: (target: Site['targets'][number]['data']) => string;
  timing: (target: Site['targets'][number]['data']) => string;
}

export function searchRecords(site: Site, words: RecordWords): SearchRecord[] {
  const records: SearchRecord[] = [];
  const heading = new Map<string, string>();
  for (const s of site.tree.sections) {
    for (const b of s.paragraphs) heading.set(b.id, s.heading.text);
    for (const sub of s.subsections) for (const b of sub.paragraphs) heading.set(b.id, sub.heading.text);
  }
  for (const b of site.blocks.values()) {
    if (b.kind !== 'paragraph' && b.kind !== 'notice' && b.kind !== 'cc') continue;
    const where = heading.get(b.id) ?? (b.kind === 'notice' ? words.notice : '');
    records.push({
      url: paths.paragraph(b.id),
      title: `${b.label} ${where}`.trim(),
      content: b.text,
      facets: facetsOf(site, 'clause', b.id),
    });
  }
  for (const t of site.targets) {
    const owner = site.ownerOfTarget(t).label ?? words.planOwner;
    records.push({
      url: site.targetHref(t.id),
      title: `${t.data.label}：${words.value(t.data)}`,
      content: `${t.data.label} ${words.value(t.data)} ${words.timing(t.data)} ${owner}。${t.data.quote}`,
      facets: facetsOf(site, 'target', t.id),
    });
  }
  for (const g of site.glossary) {
    records.push({
      url: paths.term(g.id),
      title: g.data.term,
      content: `${g.data.term} ${g.data.aliases.join(' ')} ${g.data.definition}`,
      facets: { type: 'glossary' },
    });
  }
  return records;
}

/** Pagefind's shape for a record's filters and metadata. */
export function pagefindFields(r: SearchRecord, typeLabel: TypeLabel) {
  const filters: Record<string, string[]> = { type: [typeLabel(r.facets.type)] };
  for (const key of ['industry', 'unit', 'category'] as const) if (r.facets[key]?.length) filters[key] = r.facets[key]!;
  return { filters, meta: { title: r.title, type: typeLabel(r.facets.type) } };
}
