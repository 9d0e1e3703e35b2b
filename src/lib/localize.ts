// The English edition's view of the content: the same Site (relations.ts), with every entry's text in English. The
// structure (order, relations, who answers for what) is computed once, from the Chinese; this swaps each entry for
// its English twin wherever the Site hands one out, so every page, chart, data file and search record that reads
// the Site reads English without knowing it. Official names come from the terminology table, one rendering each;
// the other text from the entry's own `en` (YAML) or its `<id>.en.mdx` (frontmatter). Where a translation is
// missing the Chinese stays, and src/lib/translation.test.ts fails naming the entry. Pure: the caller passes the
// table, the English files and the few words the Site builds text from.
import { COLLECTIONS } from '../schemas/common';
import type { MdxEnglish } from '../schemas/english';
import type { Duty, Site } from './relations';
import { fill } from './template';
import type { Entry } from './types';

export interface EnglishInput {
  /** Official name (zh) → its one English rendering (content/terminology.yaml). */
  names: ReadonlyMap<string, string>;
  /** `<collection>/<id>` → the frontmatter of `<id>.en.mdx`. */
  mdx: ReadonlyMap<string, MdxEnglish>;
  /** Paragraph id → the plan block's unofficial English (content/plan/yuecheng-1616-plan.en.yaml). */
  blocks: ReadonlyMap<string, string>;
  words: {
    /** The plan's Roman section numbers, 一 → I: clause labels read "II(1) ¶2". */
    sections: readonly string[];
    notice: string;
    title: string;
    preamble: string;
    cc: string;
    /** What closes some printed 责任单位 lists (按职责落实). */
    byDuty: string;
    /** Between the units of a printed list. */
    separator: string;
  };
}

/** Each entry of the English edition also carries `zh`, the Chinese data it renders (citations name the original). */
type Collections = { [C in (typeof COLLECTIONS)[number]]: unknown };

const isEntry = (v: object): v is Entry<keyof Collections> =>
  'collection' in v && 'data' in v && 'id' in v && (COLLECTIONS as readonly unknown[]).includes((v as { collection: unknown }).collection);

/** The clause label in English: s2-1-p2 → "II(1) ¶2", s3 → "III", notice-p1 → "Notice ¶1". */
export function englishLabel(id: string, words: EnglishInput['words']): string {
  const m = /^s(\d+)(?:-(\d+))?(?:-p(\d+))?$/.exec(id);
  if (m) return `${words.sections[Number(m[1]) - 1] ?? m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ? ` ¶${m[3]}` : ''}`;
  const n = /^(notice|preamble)-p(\d+)$/.exec(id);
  if (n) return `${words[n[1] as 'notice' | 'preamble']} ¶${n[2]}`;
  if (id.startsWith('title')) return words.title;
  if (id === 'cc') return words.cc;
  return id;
}

export function localizeSite(site: Site, input: EnglishInput): Site {
  const name = (zh: string) => input.names.get(zh) ?? zh;
  const label = (id: string) => englishLabel(id, input.words);
  const idOfLabel = new Map([...site.blocks.values()].map((b) => [b.label, b.id]));
  const sharedListSubsections = site.listCoverage.sharedListSubsections.map((l) => label(idOfLabel.get(l) ?? l));
  const facts = { ...site.facts, sharedListSubsections: sharedListSubsections.join(input.words.separator) };
  const list = (zh: readonly string[], en: readonly string[] | undefined) => zh.map((s, i) => en?.[i] ?? s);

  /** The English of one entry's data. */
  function englishData(entry: Entry<keyof Collections>): Record<string, unknown> {
    const d = entry.data as Record<string, unknown> & { en?: Record<string, unknown> };
    const en = (d.en ?? input.mdx.get(`${entry.collection}/${entry.id}`) ?? {}) as Record<string, unknown>;
    const text = (field: string) => (en[field] ?? d[field]) as string | undefined;
    const quotes = (field: string) =>
      (d[field] as { text: string }[] | undefined)?.map((q, i) => ({ ...q, text: (en[field] as string[] | undefined)?.[i] ?? q.text }));
    switch (entry.collection) {
      case 'industries':
      case 'programmes': {
        // Scopes (龙头领军企业) in the order the entries with one stand in `responsibilities`.
        const scopes = [...((en['scopes'] as string[] | undefined) ?? [])];
        return {
          ...d,
          name: name(d.name as string),
          ...(d.shortName ? { shortName: name(d.shortName as string) } : {}),
          summary: text('summary'),
          commitments: quotes('commitments'),
          responsibilities: (d.responsibilities as { scope?: string }[]).map((r) =>
            r.scope ? { ...r, scope: scopes.shift() ?? r.scope } : r,
          ),
        };
      }
      case 'platforms':
        return { ...d, name: name(d.name as string), role: text('role'), note: text('note') };
      case 'projects':
        return {
          ...d,
          name: name(d.name as string),
          kind: text('kind'),
          action: text('action'),
          background: text('background'),
          note: text('note'),
        };
      case 'projectCategories':
        return { ...d, name: name(d.name as string), fullName: name(d.fullName as string), summary: text('summary') };
      case 'units':
        return {
          ...d,
          name: name(d.name as string),
          aliases: (d.aliases as string[]).map(name),
          note: text('note'),
          ...(d.officialName ? { officialName: name(d.officialName as string) } : {}),
        };
      case 'targets':
        return { ...d, label: text('label'), quote: text('quote'), note: text('note') };
      case 'measures':
        return {
          ...d,
          name: text('name'),
          summary: text('summary'),
          items: list(d.items as string[], en['items'] as string[] | undefined),
          roles: (d.roles as { text: string }[]).map((r, i) => ({ ...r, text: (en['roles'] as string[] | undefined)?.[i] ?? r.text })),
        };
      case 'glossary':
        return {
          ...d,
          term: text('term'),
          definition: text('definition'),
          aliases: [text('term'), ...((en['aliases'] as string[] | undefined) ?? [])],
        };
      case 'questions':
        return {
          ...d,
          question: text('question'),
          answer: typeof en['answer'] === 'string' ? fill(en['answer'], facts) : d.answer,
          quotes: quotes('quotes'),
          notStated: text('notStated'),
        };
      case 'changes':
        return { ...d, title: text('title'), summary: text('summary') };
      case 'plan': {
        const said = (field: string) => ({ ...(d[field] as object), text: text(field) });
        const basis = d.basis as { title: string }[];
        return {
          ...d,
          issuer: said('issuer'),
          date: said('date'),
          addressees: said('addressees'),
          publication: said('publication'),
          basis: basis.map((b, i) => ({ ...b, title: (en['basis'] as string[] | undefined)?.[i] ?? b.title })),
        };
      }
    }
  }

  const toEnglish = new Map<object, unknown>();
  const toChinese = new Map<object, object>();
  /** The English twin of anything the Site holds: entries swapped, containers copied, functions wrapped. */
  function english(value: unknown): unknown {
    if (typeof value === 'function') {
      return (...args: unknown[]) => english((value as (...a: unknown[]) => unknown)(...args.map(chinese)));
    }
    if (typeof value !== 'object' || value === null) return value;
    if (toEnglish.has(value)) return toEnglish.get(value);
    if (isEntry(value)) {
      const twin = { ...value, data: englishData(value), zh: value.data };
      toEnglish.set(value, twin);
      toChinese.set(twin, value);
      return twin;
    }
    if (Array.isArray(value)) {
      const copy: unknown[] = [];
      toEnglish.set(value, copy);
      for (const v of value) copy.push(english(v));
      return copy;
    }
    if (value instanceof Map) {
      const copy = new Map();
      toEnglish.set(value, copy);
      for (const [k, v] of value) copy.set(k, english(v));
      return copy;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const copy: Record<string, unknown> = {};
    toEnglish.set(value, copy);
    for (const [k, v] of Object.entries(value)) copy[k] = english(v);
    return copy;
  }
  /** Arguments go back to the Chinese entries the Site's functions were built with. */
  const chinese = (value: unknown): unknown => (typeof value === 'object' && value !== null && toChinese.get(value)) || value;

  const en = english(site) as Site;
  const roleText = (measure: Entry<'measures'>, text: string) => {
    const i = measure.data.roles.findIndex((r) => r.text === text);
    return measure.data.en?.roles[i] ?? text;
  };
  const scopeOf = (duty: Duty) => {
    if (!duty.scope) return undefined;
    const owner =
      duty.kind === 'industry'
        ? site.maps.industries.get(duty.id)
        : duty.kind === 'programme'
          ? site.maps.programmes.get(duty.id)
          : undefined;
    const i = owner?.data.responsibilities.findIndex((r) => r.source === duty.source && r.scope === duty.scope) ?? -1;
    return (owner && (english(owner) as Entry<'programmes'>).data.responsibilities[i]?.scope) ?? duty.scope;
  };
  return {
    ...en,
    title: name(site.title),
    // The text of a clause, where a page shows it whole (a project's clause, search records): its English.
    blocks: new Map([...site.blocks].map(([id, b]) => [id, { ...b, label: label(id), text: input.blocks.get(id) ?? b.text }])),
    ownerOfTarget: (target) => {
      const owner = site.ownerOfTarget(chinese(target) as Entry<'targets'>);
      return owner.label ? { ...owner, label: name(owner.label) } : owner;
    },
    duties: new Map([...site.duties].map(([unit, duties]) => [unit, duties.map((d) => ({ ...d, name: name(d.name), scope: scopeOf(d) }))])),
    label,
    roles: new Map(
      [...site.roles].map(([unit, roles]) => [
        unit,
        roles.map((r) => ({ measure: english(r.measure) as Entry<'measures'>, text: roleText(r.measure, r.text) })),
      ]),
    ),
    printedList: (id) => {
      const printed = site.printedList(id);
      if (!printed) return undefined;
      const items = printed.items.map(name);
      return { ...printed, items, text: items.join(input.words.separator), suffix: printed.suffix && input.words.byDuty };
    },
    facts,
    listCoverage: { ...site.listCoverage, sharedListSubsections },
  };
}
