import { expect, test } from 'vitest';
import { placeholders } from '../lib/template';
import { en } from './en';
import { zhCN, type UiKey } from './zh-CN';

const keys = Object.keys(zhCN) as UiKey[];

// Han characters, CJK punctuation (、。《》〔〕) and full-width forms (，：（）；).
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

// English strings that keep Chinese on purpose, each with why. Every other English string has none.
const KEEPS_CHINESE: Partial<Record<UiKey, string>> = {
  'page.plan.docNumber': 'names the Chinese term 文号 beside its English gloss',
  'page.targets.intro': 'names the plan’s Chinese hedges and comparators beside their fixed English renderings',
  'page.plan.note': 'the paragraph number 二（一）¶1 is the original document’s own numbering',
  'page.about.correctionsReport': 'the paragraph number 二（一）¶1 is the original document’s own numbering',
  'categoryTable.computed': '三（三） is the original document’s own numbering',
  'page.data.intro': 'names the separator the CSV files really use (；)',
  // Official names stay Chinese until the terminology table (#14) gives their one English rendering.
  'coverage.departments': 'official name of a unit (区服务业发展领导小组), from the terminology table',
  'coverage.support': 'official names of units, from the terminology table',
  'page.compare.description': 'official names of the six industries, from the terminology table',
  'page.industries.description': 'official names of the six industries, from the terminology table',
  'page.programmes.description': 'official names of the six programmes, from the terminology table',
  'page.glossary.description': 'glossary terms, whose English is held with each glossary entry',
  'page.unit.portal': 'official name of the issuing government, from the terminology table',
};

test('the English table has every key of the Chinese one, in the same order, and no other', () => {
  expect(Object.keys(en)).toEqual(keys);
});

test.each(keys)('%s has the same placeholders as the Chinese', (key) => {
  expect(placeholders(en[key]).sort()).toEqual(placeholders(zhCN[key]).sort());
});

test.each(keys.filter((k) => !(k in KEEPS_CHINESE)))('%s has no Chinese characters or punctuation', (key) => {
  expect(en[key]).not.toMatch(CJK);
});

test.each(Object.keys(KEEPS_CHINESE) as UiKey[])('%s still needs its Chinese (listed as an exception)', (key) => {
  expect(en[key], 'remove it from KEEPS_CHINESE').toMatch(CJK);
});

test.each(keys)('%s is empty only where the Chinese is', (key) => {
  expect(en[key].trim() === '').toBe(zhCN[key].trim() === '');
});
