// Open data: every collection as the rows journalists download, their JSON Schema and data dictionary.
// Rows are the content as written in content/ (references as ids), so a download can be checked against
// the YAML line by line; the schema and dictionary come from the Zod schemas that validate that content.
import { listLine } from './responsibility-lists';
import { z } from 'astro/zod';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas';
import { ID_DESCRIPTION } from '../schemas/common';
import { paragraphRowSchema } from '../schemas/plan';
import { schemaContext } from './load-content';
import { planBlocks } from './plan-text';
import { toCsvText, type Row } from './csv';
import type { LicenceBlock } from './licence';
import { isRef } from './refs';
import type { Site } from './relations';

/** Every collection is a dataset except the plan's metadata, which plan.json carries with the full text. */
export type Dataset = Exclude<CollectionName, 'plan'>;
export const DATASETS = COLLECTIONS.filter((n): n is Dataset => n !== 'plan');

/** Every file of /data/: the collections and the official text's paragraphs. */
export type DatasetName = Dataset | 'paragraphs';

/** References ({ collection, id }) become their ids, as in content/. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    if (isRef(value)) return value.id;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A collection's rows in the site's order: `id` first, then the fields as in content/. */
export function rows(site: Site, name: Dataset): Row[] {
  const ordered: Record<Dataset, { id: string; data: unknown }[]> = {
    industries: site.industries,
    programmes: site.programmes,
    platforms: site.platforms,
    projects: site.projects,
    projectCategories: site.categories.map((c) => c.entry),
    targets: site.targets,
    units: site.units,
    measures: site.measures,
    glossary: site.glossary,
    questions: site.questions,
    changes: site.changes,
  };
  return ordered[name].map((e) => ({ id: e.id, ...(plain(e.data) as Row) }));
}

/**
 * How a field reads in the readable CSV (/data/<name>.readable.csv): `same` as in the raw file, `names` (references
 * become the names they point at), `clauses` (paragraph ids become clause labels such as 三（三）¶2), `list` (joined
 * with the separator, not “；”), `yesNo`, or
 * `records` (nested records as sentences, references and paragraphs resolved).
 */
export type ReadableKind = 'same' | 'list' | 'names' | 'clauses' | 'yesNo' | 'records';

/** The words of the readable CSV: yes and no, and the marks that join list items and records. */
export interface ReadableWords extends RequiredWords {
  /** Between the items of a list (、). */
  separator: string;
  /** Between records of a list (；). */
  recordSeparator: string;
  /** Between a record's label and its text (：). */
  colon: string;
  /** A coded value (a target's unit, its hedge) in the CSV's language; undefined keeps it as it is. */
  code?: (field: string, value: string) => string | undefined;
}

type Entry = { id: string; data: unknown };
const entriesOf = (site: Site, name: Dataset): Entry[] =>
  name === 'projectCategories' ? site.categories.map((c) => c.entry) : (site[name] as Entry[]);

/** The name a reference points at: a unit's or industry's name, a category's full name, a target's label… */
function refName(site: Site, collection: string, id: string): string {
  const entry = (site.maps as Record<string, Map<string, { data: Record<string, unknown> }>>)[collection]?.get(id);
  const d = entry?.data;
  const name = d?.['fullName'] ?? d?.['name'] ?? d?.['label'] ?? d?.['term'] ?? d?.['question'] ?? d?.['title'];
  return typeof name === 'string' ? name : id;
}

const isParagraph = (site: Site, v: unknown): v is string => typeof v === 'string' && site.label(v) !== v;

/** A value as a reader wants it in a spreadsheet cell. */
function readableValue(site: Site, value: unknown, w: ReadableWords): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (isRef(value)) return refName(site, value.collection, value.id);
  if (isParagraph(site, value)) return site.label(value);
  if (Array.isArray(value)) {
    // Records, and items that themselves hold a “、”, are joined with “；” so each stays whole.
    const items = value.map((v) => readableValue(site, v, w));
    const whole = value.some((v) => typeof v === 'object' && !isRef(v)) || items.some((i) => i.includes(w.separator));
    return items.join(whole ? w.recordSeparator : w.separator);
  }
  if (typeof value === 'object') {
    // A record reads as its labels (clause, unit…) then its text: “二（一）¶1：区委宣传部、区文广旅游局”.
    const { text, ...rest } = value as Record<string, unknown>;
    const parts = Object.values(rest)
      .map((v) => readableValue(site, v, w))
      .filter(Boolean);
    return [parts.join(w.colon), text === undefined ? '' : String(text)].filter(Boolean).join(w.colon);
  }
  return String(value);
}

function kindOf(site: Site, values: unknown[]): ReadableKind {
  const flat = values.flat();
  if (flat.some((v) => typeof v === 'object' && v !== null && !isRef(v))) return 'records';
  if (flat.some(isRef)) return 'names';
  if (flat.some((v) => isParagraph(site, v))) return 'clauses';
  if (flat.some((v) => typeof v === 'boolean')) return 'yesNo';
  if (values.some(Array.isArray)) return 'list';
  return 'same';
}

/** How each field of a dataset reads in its readable CSV, from the values it holds; `id` stays the id, for joining. */
export function readableKinds(site: Site, name: Dataset): Record<string, ReadableKind> {
  const entries = entriesOf(site, name);
  return Object.fromEntries(
    dictionary(name).map((f) => [
      f.name,
      f.name === 'id'
        ? 'same'
        : kindOf(
            site,
            entries.map((e) => (e.data as Record<string, unknown>)[f.name]),
          ),
    ]),
  );
}

/** The fields of a dataset that hold ids (its own first): what a readable table adds after its names, for joining. */
export function idFields(site: Site, name: Dataset): string[] {
  const kinds = readableKinds(site, name);
  return Object.keys(kinds).filter((f) => f === 'id' || kinds[f] === 'names' || kinds[f] === 'clauses');
}

/**
 * A dataset's rows as a reader opens them in a spreadsheet: the same columns as the raw CSV, but references as the
 * names they point at, lists joined with “、”, paragraph ids as clause labels, nested records as short sentences.
 */
export function readableRows(site: Site, name: Dataset, w: ReadableWords): Row[] {
  return entriesOf(site, name).map((e) => ({
    id: e.id,
    ...Object.fromEntries(
      Object.entries(e.data as Record<string, unknown>)
        // The English held in an entry is what the English readable CSV shows in every column, not a column of its own.
        .filter(([k]) => k !== 'en')
        .map(([k, v]) => [k, (typeof v === 'string' && w.code?.(k, v)) || readableValue(site, v, w)]),
    ),
  }));
}

/** Every addressable block of the official text, in order. */
export function paragraphRows(site: Site): Row[] {
  return planBlocks(site.tree).map((b) => {
    const list = site.printedList(b.id);
    return { id: b.id, label: b.label, kind: b.kind, text: b.text, ...(list && { responsibilityList: listLine(list) }) };
  });
}

/** What a published JSON Schema says about itself, in words from the string table: its title and its licence note. */
export interface SchemaWords {
  title: string;
  licence: string;
}

/**
 * The JSON Schema of a dataset's rows, generated from its Zod schema (the form content/ is written in). A licence
 * note goes in `$comment`, the standard keyword for notes: a keyword of our own would stop strict validators.
 * Without `words` it is the bare schema, for the data dictionary.
 */
export function jsonSchema(name: DatasetName, words?: SchemaWords): Record<string, unknown> {
  const schema = name === 'paragraphs' ? paragraphRowSchema : schemas(schemaContext())[name as CollectionName];
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, unknown>;
    required?: string[];
  };
  return {
    ...js,
    ...(words && { title: words.title, $comment: words.licence }),
    properties: { id: { type: 'string', description: ID_DESCRIPTION }, ...js.properties },
    required: [...new Set(['id', ...(js.required ?? [])])],
  };
}

export interface Field {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** The data dictionary: one line per field, from the JSON Schema; `describe` gives a description in another language. */
export function dictionary(name: DatasetName, describe: (description: string) => string = (d) => d): Field[] {
  const js = jsonSchema(name) as {
    properties: Record<string, { type?: string; description?: string; enum?: string[] }>;
    required: string[];
  };
  return Object.entries(js.properties).map(([field, p]) => ({
    name: field,
    type: p.enum ? `${p.type ?? 'string'}（${p.enum.join(' / ')}）` : (p.type ?? 'string'),
    required: js.required.includes(field),
    description: describe(p.description ?? ''),
  }));
}

/** A dataset's readable rows as CSV, the same columns as its raw CSV. */
export function toReadableCsv(site: Site, name: Dataset, w: ReadableWords): string {
  return toCsv(name, readableRows(site, name, w));
}

/** A dataset's rows as CSV, columns in data-dictionary order (see csv.ts for the cell rules). */
export function toCsv(name: DatasetName, data: Row[]): string {
  return toCsvText(
    dictionary(name).map((f) => f.name),
    data,
  );
}

/** How the dictionary's `required` column reads: the string table's yes and no. */
export interface RequiredWords {
  yes: string;
  no: string;
  /** A field's description in the dictionary's language (the schemas' own are Chinese). */
  describe?: (description: string) => string;
}

/**
 * The data dictionary as CSV, for the briefing pack and anyone who wants it beside the data. With `readable` (field →
 * what its column of the readable CSV holds), a fifth column says so.
 */
export function dictionaryCsv(name: DatasetName, words: RequiredWords, readable?: Record<string, string>): string {
  const fields = dictionary(name, words.describe).map((f) => ({
    ...f,
    required: f.required ? words.yes : words.no,
    readable: readable?.[f.name],
  }));
  return toCsvText(['name', 'type', 'required', 'description', ...(readable ? ['readable'] : [])], fields);
}

/** Everything in one file: plan metadata, the licence, the full text and every collection. */
export function bundle(site: Site, license: LicenceBlock) {
  const d = site.plan.data;
  return {
    plan: {
      title: site.title,
      docNumber: d.docNumber.text,
      issuer: d.issuer.text,
      date: d.date.text,
      publication: d.publication.text,
      basis: d.basis.map((b) => ({ title: b.title, number: b.number })),
      cc: d.cc.recipients,
    },
    license,
    paragraphs: paragraphRows(site),
    ...Object.fromEntries(DATASETS.map((n) => [n, rows(site, n)])),
  };
}
