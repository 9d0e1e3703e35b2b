// The explanations in content/ as a reader meets them: every entity has one, each within its length, in short
// sentences. Prints the report (average and longest sentence per body) so a writer can see where they stand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_FILES, contentDir, readCollection } from './content-files';
import { explanationContext } from './explanation-check';
import { checkExplanation, parseBody, readerText, sentences } from './explanations';

/** Characters of reader-visible text per body, by collection. */
const LENGTH = { industries: [400, 900], programmes: [400, 900], platforms: [100, 400], projects: [100, 400] } as const;
const AVERAGE_MAX = 40;
const LONGEST_MAX = 90;

const chars = (s: string) => [...s.replace(/\s/g, '')].length;

describe.each(Object.keys(LENGTH) as (keyof typeof LENGTH)[])('%s', (name) => {
  const entries = readCollection(contentDir(), CONTENT_FILES[name]);
  const report = entries.map(({ id, mdx }) => {
    const root = parseBody(mdx?.body ?? '');
    const all = sentences(root).map(chars);
    return {
      id,
      length: chars(readerText(root)),
      average: all.length ? Math.round(all.reduce((a, b) => a + b, 0) / all.length) : 0,
      longest: Math.max(0, ...all),
    };
  });
  console.log(`${name}: ${report.map((r) => `${r.id} ${r.length}字 avg ${r.average} max ${r.longest}`).join('; ')}`);

  test('every entry has an explanation of the right length', () => {
    const [min, max] = LENGTH[name];
    for (const r of report) expect(r.length, r.id).toBeGreaterThanOrEqual(min);
    for (const r of report) expect(r.length, r.id).toBeLessThanOrEqual(max);
  });

  test(`sentences average at most ${AVERAGE_MAX} characters, none over ${LONGEST_MAX}`, () => {
    for (const r of report) expect(r.average, r.id).toBeLessThanOrEqual(AVERAGE_MAX);
    for (const r of report) expect(r.longest, r.id).toBeLessThanOrEqual(LONGEST_MAX);
  });
});

test('the five-minute explainer keeps the same rules as the explanations', () => {
  const body = fs.readFileSync(path.join(contentDir(), 'prose/explainer.mdx'), 'utf8');
  expect(checkExplanation(parseBody(body), explanationContext()).map((p) => `${p.line} ${p.rule}: ${p.message}`)).toEqual([]);
});

test('the prose pages (about, explainer, both languages) link only to site pages, anchors and web addresses', () => {
  // /about/ keeps no citation rules, so only the link rule applies to it; a javascript: URL would run when clicked.
  for (const file of ['prose/about.mdx', 'prose/about.en.mdx', 'prose/explainer.mdx', 'prose/explainer.en.mdx']) {
    const body = fs.readFileSync(path.join(contentDir(), file), 'utf8');
    const links = checkExplanation(parseBody(body), explanationContext()).filter((p) => p.rule === 'link');
    expect(links, file).toEqual([]);
  }
});
