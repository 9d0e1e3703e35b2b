// Builds the suggestion list at build time: names, aliases and synonyms, with pinyin from pinyin-pro.
import { pinyin } from 'pinyin-pro';
import { paths } from '../paths';
import type { Site } from '../relations';
import type { SuggestIndex, Suggestion } from './suggest';
import { unitNameVariants, type NamingTable } from './names';
import type { Synonyms } from './synonyms';
import { ENTITY_TYPES, type EntityType, type TypeLabel } from './types';

const syllables = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));

/** One entry of the list: `aliases` as given, the groups of `groups` that its name or aliases belong to, pinyin and initials. */
export function entryOf(groups: Synonyms, t: EntityType, n: string, u: string, aliases: string[] = []): Suggestion {
  const s = syllables(n).filter(Boolean);
  const synonyms = groups.filter((g) => g.some((w) => n.includes(w) || aliases.includes(w))).flat();
  const a = [...new Set([...aliases, ...synonyms].map((x) => x.toLowerCase()).filter((x) => x !== n.toLowerCase()))];
  return { n, t, u, a, p: s.join(''), i: s.map((x) => (/^[0-9]/.test(x) ? x : x[0])).join('') };
}

/** Han characters of GB2312 level 1, the common set: enough to read a typed query as pinyin. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (/\p{Script=Han}/u.test(c)) out.push(c);
    }
  return out;
}

/** What the list takes from the language: the types' names and the groups of interchangeable words (src/i18n/). */
export interface SuggestLanguage {
  typeLabel: TypeLabel;
  synonyms: Synonyms;
  /** How units are named: prefixes, full forms and older names (src/i18n/search-zh-CN.ts). */
  naming: NamingTable;
  /** Whether the list carries the pinyin reading of common characters (for typed Chinese; not the English list). */
  readings?: boolean;
}

/** The Chinese name of an English edition's entry (localize.ts), and its pinyin: what an English reader may type. */
function originalNames(entry: object, field: string): string[] {
  const zh = (entry as { zh?: Record<string, unknown> }).zh?.[field];
  if (typeof zh !== 'string') return [];
  const tone = pinyin(zh, { type: 'array', nonZh: 'consecutive' }).join(' ');
  const plain = syllables(zh).join(' ');
  return [zh, tone, plain, plain.replace(/ /g, '')];
}

export function buildSuggestIndex(site: Site, language: SuggestLanguage): SuggestIndex {
  const entry = (t: EntityType, n: string, u: string, aliases?: string[]) => entryOf(language.synonyms, t, n, u, aliases);
  const zh = originalNames;
  const entries: Suggestion[] = [
    ...site.industries.map((i) => entry('industry', i.data.name, paths.industry(i.id), zh(i, 'name'))),
    ...site.programmes.map((p) => entry('programme', p.data.name, paths.programme(p.id), [p.data.shortName, ...zh(p, 'name')])),
    ...site.platforms.map((p) => entry('platform', p.data.name, paths.platform(p.id), zh(p, 'name'))),
    ...site.projects.map((p) => entry('project', p.data.name, paths.project(p.id), zh(p, 'name'))),
    ...site.units.map((u) =>
      entry('unit', u.data.name, paths.unit(u.id), [...unitNameVariants(u.data, language.naming), ...zh(u, 'name')]),
    ),
    ...site.glossary.map((g) => entry('glossary', g.data.term, paths.term(g.id), [...g.data.aliases, ...zh(g, 'term')])),
  ];
  if (language.readings === false)
    return { entries, pinyin: {}, types: Object.fromEntries(ENTITY_TYPES.map((x) => [x, language.typeLabel(x)])) as SuggestIndex['types'] };
  const reading: Record<string, string> = {};
  for (const c of commonCharacters()) {
    const py = syllables(c)[0];
    if (py) reading[py] = (reading[py] ?? '') + c;
  }
  // Characters of entity names outside the common set still need a reading.
  for (const e of entries)
    for (const c of e.n)
      if (/\p{Script=Han}/u.test(c) && !Object.values(reading).some((s) => s.includes(c))) {
        const py = syllables(c)[0];
        if (py) reading[py] = (reading[py] ?? '') + c;
      }
  return {
    entries,
    pinyin: reading,
    types: Object.fromEntries(ENTITY_TYPES.map((x) => [x, language.typeLabel(x)])) as SuggestIndex['types'],
  };
}
