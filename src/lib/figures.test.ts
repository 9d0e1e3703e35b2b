// Figures in English: only the formatter's renderings of figures the Chinese states. The rule on small cases, then
// over every English text in content/ against the Chinese it renders.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_FILES,
  contentDir,
  isMdxCollection,
  readEntries,
  readMdxEntries,
  readMdxTranslations,
  readPlanText,
  readPlanTranslation,
} from './content-files';
import { strayFigures } from './figures';
import { parsePlan, planBlocks } from './plan-text';
import type { CollectionName } from '../schemas/common';

describe('strayFigures', () => {
  test('accepts the formatter’s renderings of the Chinese figures', () => {
    expect(strayFigures('aims to reach RMB 100 billion by 2026', '力争到2026年达1000亿元')).toEqual([]);
    expect(strayFigures('RMB 6 billion and RMB 500 million', '60亿元和5亿元')).toEqual([]);
    expect(strayFigures('exceed 65%', '突破65%')).toEqual([]);
    expect(strayFigures('1,300 firms, or 1300', '突破1300家')).toEqual([]);
    expect(strayFigures('(3) Buildings with RMB 10 million in tax; RMB 100 million buildings', '（三）千万元楼宇、亿元楼宇')).toEqual([]);
    expect(strayFigures('as in II(1) ¶2', '见二（一）')).toEqual([]);
  });

  test('refuses a hand conversion, a wrong scale and a figure the Chinese does not state', () => {
    expect(strayFigures('RMB 1000 hundred million', '1000亿元')).toEqual(['RMB 1000']);
    expect(strayFigures('RMB 100 million', '1000亿元')).toEqual(['RMB 100 million']);
    expect(strayFigures('about USD 14 billion', '1000亿元')).toEqual(['14']);
    expect(strayFigures('70%', '75%')).toEqual(['70%']);
  });
});

/** Every English text of content/ with the Chinese it renders: `where → [english, chinese]`. */
function pairs(dir = contentDir()): [string, string, string][] {
  const out: [string, string, string][] = [];
  const add = (where: string, en: unknown, zh: unknown) => {
    if (typeof en === 'string' && typeof zh === 'string') out.push([where, en, zh]);
    if (Array.isArray(en) && Array.isArray(zh))
      en.forEach((e, i) => add(`${where}.${i}`, e, typeof zh[i] === 'object' ? (zh[i] as { text: string }).text : zh[i]));
  };
  for (const [name, file] of Object.entries(CONTENT_FILES) as [CollectionName, string][]) {
    if (isMdxCollection(file)) {
      const folder = path.join(dir, file);
      const zh = new Map(readMdxEntries(folder).map((e) => [e.id, e.data]));
      for (const e of readMdxTranslations(folder))
        for (const [field, value] of Object.entries(e.data)) add(`${file}${e.id}.en.mdx ${field}`, value, zh.get(e.id)?.[field]);
    } else if (name !== 'plan') {
      for (const e of readEntries(path.join(dir, file))) {
        const en = e.data['en'] as Record<string, unknown> | undefined;
        for (const [field, value] of Object.entries(en ?? {})) if (field !== 'hash') add(`${file} ${e.id}.${field}`, value, e.data[field]);
      }
    }
  }
  const blocks = new Map(planBlocks(parsePlan(readPlanText(dir))).map((b) => [b.id, b.text]));
  for (const b of readPlanTranslation(dir)) add(`plan ${String(b['id'])}`, b['en'], blocks.get(String(b['id'])));
  return out;
}

test('every English text states only figures of its Chinese, as the formatter writes them', () => {
  const all = pairs();
  expect(all.length).toBeGreaterThan(300);
  const wrong = all.flatMap(([where, en, zh]) => strayFigures(en, zh).map((f) => `${where}: "${f}"`));
  expect(wrong).toEqual([]);
});
