import { expect, test } from 'vitest';
import { placeholders } from '../lib/template';
import { en } from './en';
import { zhCN, type UiKey } from './zh-CN';

const keys = Object.keys(zhCN) as UiKey[];

// Han characters, CJK punctuation (、。《》〔〕) and full-width forms (，：（）；).
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

// English strings that keep Chinese on purpose, each with why. Every other English string has none.
const KEEPS_CHINESE: Partial<Record<UiKey, string>> = {
  'page.data.intro': 'names the separator the CSV files really use (；)',
  // A citation names the original first, in Chinese (title, issuer, 文号, date), then glosses it in English (#14).
  'cite.zh': 'the Chinese original named first, with its own punctuation',
  'cite.zhWhole': 'the Chinese original named first, with its own punctuation',
  'cite.zhNoUrl': 'the Chinese original named first, with its own punctuation',
  'cite.zhWholeNoUrl': 'the Chinese original named first, with its own punctuation',
  'language.switch': 'the link to the Chinese edition names it in Chinese (中文)',
  'language.switchName': 'the link to the Chinese edition names it in Chinese (中文（简体）)',
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
