// Which filter values each page and record carries: derived from the same relations the pages show.
import type { Site } from '../relations';
import type { EntityType, Facets, TypeLabel } from './types';

const names = (list: { data: { name: string } }[]) => [...new Set(list.map((e) => e.data.name))];

/** Industries whose own paragraph is `paragraphId`. */
function industriesOfClause(site: Site, paragraphId: string) {
  return site.industries.filter((i) => i.data.sources.includes(paragraphId));
}

export function facetsOf(site: Site, type: EntityType, id?: string): Facets {
  const m = site.maps;
  switch (type) {
    case 'industry': {
      const i = m.industries.get(id!)!;
      return { type, industry: [i.data.name], unit: names(site.unitsOf(i.data.responsibilities)) };
    }
    case 'programme': {
      return { type, unit: names(site.unitsOfProgramme(id!)) };
    }
    case 'platform': {
      const p = m.platforms.get(id!)!;
      return { type, industry: names(p.data.industries.map((r) => m.industries.get(r.id)!)) };
    }
    case 'project': {
      const p = m.projects.get(id!)!;
      const category = site.categoryOfProject(p);
      return {
        type,
        industry: names(p.data.industries.map((r) => m.industries.get(r.id)!)),
        unit: names(site.unitsOfProject(p)),
        ...(category ? { category: [category.entry.data.name] } : {}),
      };
    }
    case 'unit': {
      const u = m.units.get(id!)!;
      const industries = site.duties
        .get(u.id)!
        .filter((d) => d.kind === 'industry')
        .map((d) => m.industries.get(d.id)!);
      return { type, unit: [u.data.name], industry: names(industries) };
    }
    case 'target': {
      const t = m.targets.get(id!)!;
      const industry = t.data.industry && m.industries.get(t.data.industry.id);
      const category = t.data.category && m.projectCategories.get(t.data.category.id);
      return {
        type,
        ...(industry ? { industry: [industry.data.name] } : {}),
        unit: names(site.unitsOfTarget(t)),
        ...(category ? { category: [category.data.name] } : {}),
      };
    }
    case 'clause': {
      const category = site.categories.find((c) => c.entry.data.source === id);
      return {
        type,
        industry: names(industriesOfClause(site, id!)),
        unit: names(site.clauseUnits(id!)),
        ...(category ? { category: [category.entry.data.name] } : {}),
      };
    }
    default:
      return { type };
  }
}

/** `data-pagefind-filter` / `-meta` pairs for a page's <head>. Empty facet lists are left out. */
export function facetMeta(f: Facets, typeLabel: TypeLabel): { filter: string; value: string }[] {
  const out = [{ filter: 'type', value: typeLabel(f.type) }];
  for (const key of ['industry', 'unit', 'category'] as const) for (const value of f[key] ?? []) out.push({ filter: key, value });
  return out;
}
