// The English Site: the same structure as the Chinese, every entry's text in English, names from the terminology
// table, figures from the one formatter.
import { describe, expect, test } from 'vitest';
import { englishInput } from '../i18n/english-input';
import { formatTargetValue } from '../i18n/format';
import { inLocale } from '../i18n/locale';
import { formatQuantity } from './format';
import { loadContent } from './load-content';
import { englishLabel, localizeSite } from './localize';
import { buildSite } from './relations';

const zh = buildSite(loadContent().collections);
const input = englishInput();
const en = localizeSite(zh, input);
const HAN = /\p{Script=Han}/u;
const ids = (list: { id: string }[]) => list.map((e) => e.id);

test('the structure is the Chinese one: same entries, same order', () => {
  for (const key of [
    'industries',
    'programmes',
    'platforms',
    'projects',
    'targets',
    'units',
    'glossary',
    'measures',
    'questions',
    'changes',
  ] as const)
    expect(ids(en[key]), key).toEqual(ids(zh[key]));
  expect(en.categories.map((c) => c.entry.id)).toEqual(zh.categories.map((c) => c.entry.id));
});

describe('every entry reads in English', () => {
  const p = (label: string, value: unknown): [string, unknown] => [label, value];
  const texts: [string, unknown][] = [
    ...[...en.industries, ...en.programmes].flatMap((e) => [
      p(`${e.id} name`, e.data.name),
      p(`${e.id} summary`, e.data.summary),
      ...e.data.commitments.map((c, i) => p(`${e.id} commitment ${i}`, c.text)),
    ]),
    ...[...en.platforms, ...en.projects, ...en.units].map((e) => p(`${e.id} name`, e.data.name)),
    ...en.targets.flatMap((e) => [p(`${e.id} label`, e.data.label), p(`${e.id} quote`, e.data.quote)]),
    ...en.measures.flatMap((e) => [p(`${e.id} name`, e.data.name), ...e.data.items.map((x, i) => p(`${e.id} item ${i}`, x))]),
    ...en.questions.flatMap((e) => [p(`${e.id} question`, e.data.question), p(`${e.id} answer`, e.data.answer)]),
    ...en.changes.map((e) => p(`${e.id} title`, e.data.title)),
    ...en.categories.map((c) => p(`${c.entry.id} name`, c.entry.data.fullName)),
    p('plan title', en.title),
    p('plan issuer', en.plan.data.issuer.text),
  ];
  test.each(texts)('%s', (_, text) => {
    expect(typeof text).toBe('string');
    expect(text as string).not.toMatch(/^\s*$/);
    // Chinese only inside “quotation marks”, where the English explains a Chinese word.
    expect((text as string).replace(/“[^”]*”/g, '')).not.toMatch(HAN);
  });
});

test('each official name is the terminology table’s one rendering', () => {
  for (const u of zh.units) expect(en.maps.units.get(u.id)!.data.name).toBe(input.names.get(u.data.name));
  for (const p of zh.projects) expect(en.maps.projects.get(p.id)!.data.name).toBe(input.names.get(p.data.name));
});

test('every target’s English figure is its Chinese figure converted by the formatter', () => {
  for (const t of zh.targets) {
    const e = en.maps.targets.get(t.id)!;
    expect([e.data.value, e.data.unit, e.data.comparator]).toEqual([t.data.value, t.data.unit, t.data.comparator]);
    expect(
      inLocale('en', () => formatTargetValue(e.data)),
      t.id,
    ).toContain(formatQuantity(t.data.value, t.data.unit, 'en'));
  }
  expect(inLocale('en', () => formatTargetValue(en.headline.data))).toBe('RMB 100 billion');
});

test('what the Site derives comes back in English, also from its functions', () => {
  const project = en.maps.projects.get('sams-club')!;
  expect(en.unitsOfProject(project).map((u) => u.data.name)).toContain('District Bureau of Commerce');
  expect(en.categoryOfProject(project)!.entry.data.name).not.toMatch(HAN);
  expect(en.label('s2-1-p2')).toBe('II(1) ¶2');
  expect(en.printedList('s2-1-p2')!.text).not.toMatch(HAN);
  expect(en.blocks.get('s2-1-p2')!.text).toBe(input.blocks.get('s2-1-p2'));
  expect([...en.duties.values()].flat().every((d) => !HAN.test(d.name))).toBe(true);
});

test('clause labels in English follow the plan’s own numbering', () => {
  expect(englishLabel('s3-3-p2', input.words)).toBe('III(3) ¶2');
  expect(englishLabel('s4', input.words)).toBe('IV');
  expect(englishLabel('notice-p9', input.words)).toBe('Notice ¶9');
  expect(englishLabel('preamble-p1', input.words)).toBe('Preamble ¶1');
  expect(englishLabel('cc', input.words)).toBe('Copied to');
});
