// Every interface string goes through the string table (src/i18n/), so a second language can replace all of them.
// Outside src/i18n and content/, Chinese may appear only in comments and in the few places that hold the plan's
// own words or the data dictionary's text, each listed here with its reason.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const SRC = path.resolve('src');

/** Files allowed to hold Chinese, and why. */
const ALLOWED: Record<string, string> = {
  'lib/plan-text.ts': 'parses the official text: its title line, section numerals and the labels built from them',
  'lib/figures.ts': 'reads the figures of Chinese text (千万元, 亿元 without a figure) to hold English figures to them',
  'lib/responsibility-lists.ts': 'reads the plan’s own “（责任单位：…）” lists and their closing words',
  'lib/explanations.ts':
    'checks the Chinese bodies writers type in content/: the headings they keep, the stand-in a name is measured as, and an example of the plan’s words in a message',
};
/** Whole folders allowed, and why. */
const ALLOWED_DIRS: Record<string, string> = {
  'schemas/': 'units, hedge words and the date form as the plan writes them, and the data dictionary’s field descriptions (.describe)',
};

/** Lines with Chinese outside comments: `file:line: text`. */
export function chineseLines(file: string, text: string): string[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .split('\n')
    .map((l) => l.replace(/(^|\s)\/\/.*$/, ''));
  return code.flatMap((l, i) => (/\p{Script=Han}/u.test(l) ? [`${file}:${i + 1}: ${l.trim()}`] : []));
}

test('no Chinese string outside the string table, content and the allowed places', () => {
  const files = (fs.readdirSync(SRC, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts') && !f.startsWith('i18n/'))
    .filter((f) => !ALLOWED[f] && !Object.keys(ALLOWED_DIRS).some((d) => f.startsWith(d)));
  const found = files.flatMap((f) => chineseLines(f, fs.readFileSync(path.join(SRC, f), 'utf8')));
  expect(found).toEqual([]);
});

test('the check finds Chinese in code and markup, not in comments', () => {
  expect(
    chineseLines('x.astro', '---\n// 注释\nconst a = 1; /* 注释 */\n---\n<!-- 注释 -->\n<p>正文</p>\n<a href="https://e.org">x</a>'),
  ).toEqual(['x.astro:6: <p>正文</p>']);
  expect(chineseLines('x.ts', "const s = '字符串'; // 注释")).toEqual(["x.ts:1: const s = '字符串';"]);
});
