// Figures in English text, held against the Chinese they render: every amount, share and number an English text
// states must be the formatter's rendering (src/lib/format.ts) of a figure the Chinese states. So 1000亿元 can only
// ever read "RMB 100 billion", and no hand-converted or invented figure gets into the English edition.
import { formatQuantity } from './format';
import { NUMERALS } from './plan-text';
import { TARGET_UNIT } from '../schemas/target';

const AMOUNT_ZH = new RegExp(`(\\d+(?:\\.\\d+)?)${TARGET_UNIT.amount}`, 'g');
/** Amounts written in characters: 千万元 (10^7 yuan) and 亿元 without a figure (10^8), as in 千万元楼宇, 亿元楼宇. */
const AMOUNT_WORDS_ZH: readonly [RegExp, number][] = [
  [/(?<![\d.])千万元/, 0.1],
  [new RegExp(`(?<![\\d.千万])${TARGET_UNIT.amount}`), 1],
];
/** A clause label of the English edition (II(1) ¶2, I(2) ¶5): numbering, not a figure. */
const CLAUSE_LABEL_EN = /\b[IVX]+(?:\(\d+\))?(?: ¶\d+)?/g;
const SHARE_ZH = /(\d+(?:\.\d+)?)%/g;
const NUMBER_ZH = /\d+(?:\.\d+)?/g;

const AMOUNT_EN = /RMB\s[\d.,]+(?:\s(?:thousand|million|billion|trillion))?/g;
const SHARE_EN = /\d[\d.,]*%/g;
const NUMBER_EN = /\d(?:[\d,]*\d)?(?:\.\d+)?/g;

/** The figures `chinese` states, as English writes them: amounts and shares by the formatter, numbers as typed or grouped. */
export function englishFigures(chinese: string): { amounts: Set<string>; shares: Set<string>; numbers: Set<string> } {
  const amounts = new Set([...chinese.matchAll(AMOUNT_ZH)].map((m) => formatQuantity(Number(m[1]), TARGET_UNIT.amount, 'en')));
  const shares = new Set([...chinese.matchAll(SHARE_ZH)].map((m) => formatQuantity(Number(m[1]), TARGET_UNIT.share, 'en')));
  for (const [pattern, yi] of AMOUNT_WORDS_ZH) if (pattern.test(chinese)) amounts.add(formatQuantity(yi, TARGET_UNIT.amount, 'en'));
  const numbers = new Set([...chinese.matchAll(NUMBER_ZH)].flatMap((m) => [m[0], formatQuantity(Number(m[0]), TARGET_UNIT.count, 'en')]));
  [...NUMERALS].forEach((c, i) => chinese.includes(c) && numbers.add(String(i + 1)));
  return { amounts, shares, numbers };
}

/** The figures of `english` that are not the formatter's rendering of a figure in `chinese`: empty when all is well. */
export function strayFigures(english: string, chinese: string): string[] {
  const allowed = englishFigures(chinese);
  const stray: string[] = [];
  let rest = english.replace(CLAUSE_LABEL_EN, ' ').replace(AMOUNT_EN, (m) => {
    if (!allowed.amounts.has(m.replace(/\s+/g, ' '))) stray.push(m);
    return ' ';
  });
  rest = rest.replace(SHARE_EN, (m) => {
    if (!allowed.shares.has(m)) stray.push(m);
    return ' ';
  });
  for (const [m] of rest.matchAll(NUMBER_EN)) if (!allowed.numbers.has(m)) stray.push(m);
  return stray;
}
