// The site's preflight is Tailwind's with rules left out, never changed: each of its rules is one of Tailwind's,
// with the same declarations and a selector list that is part of Tailwind's. When Tailwind's preflight changes, this
// says which rule to take over again.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

interface Rule {
  /** The enclosing at-rule's prelude ('' at the top level), then the selectors, one per entry. */
  at: string;
  selectors: string[];
  body: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The style rules of a stylesheet as written: comments dropped, whitespace squashed, at-rules one level deep. */
function rules(css: string, at = ''): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; depth > 0; close++) depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0;
    const prelude = squash(text.slice(i, open));
    const inner = text.slice(open + 1, close - 1);
    if (prelude.startsWith('@')) out.push(...rules(inner, prelude));
    else out.push({ at, selectors: prelude.split(',').map(squash), body: squash(inner) });
    i = close;
  }
  return out;
}

const ours = rules(fs.readFileSync(new URL('./preflight.css', import.meta.url), 'utf8'));
const tailwinds = rules(fs.readFileSync(createRequire(import.meta.url).resolve('tailwindcss/preflight.css'), 'utf8'));

test('the parser reads both files', () => {
  expect(ours.length).toBeGreaterThan(15);
  expect(tailwinds.length).toBeGreaterThan(ours.length);
});

test.for(ours.map((r) => [r.selectors.join(', '), r] as const))('%s is Tailwind’s rule, in part', ([, rule]) => {
  const theirs = tailwinds.find((t) => t.at === rule.at && t.body === rule.body && rule.selectors.every((s) => t.selectors.includes(s)));
  expect(theirs, `no rule of Tailwind's preflight has these declarations for these selectors: ${rule.body}`).toBeDefined();
});
