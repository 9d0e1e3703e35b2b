// The site's preflight (src/styles/preflight.css) leaves out Tailwind's rules for elements and controls no page
// renders. This holds it to that: a page that starts using one fails here, with the rule to take back.
import { expect, test } from 'vitest';
import { builtPages, documentOf } from './dist';

/** What the trimmed preflight has no rule for: a selector to find it, and the rule of Tailwind's it would need. */
const LEFT_OUT: [selector: string, rule: string][] = [
  ['abbr[title]', 'abbr:where([title])'],
  ['code, kbd, samp, pre', 'code, kbd, samp, pre'],
  ['hr', 'hr'],
  ['small', 'small'],
  ['sub, sup', 'sub, sup'],
  ['progress', 'progress'],
  ['optgroup', 'select optgroup'],
  ['datalist', '::-webkit-calendar-picker-indicator'],
  ['input[type=file]', '::file-selector-button'],
  ['input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week]', '::-webkit-datetime-edit …'],
  ['input[type=number]', '::-webkit-inner-spin-button'],
  ['input[required], select[required], textarea[required], input[pattern]', ':-moz-ui-invalid'],
];

const pages = [...builtPages()].filter(([url]) => !url.endsWith('.html'));

test('the checked pages are every built page', () => {
  expect(pages.length).toBeGreaterThan(100);
});

test.each(LEFT_OUT)('no page renders %s', (selector, rule) => {
  const on = pages.filter(([, file]) => documentOf(file).querySelector(selector)).map(([url]) => url);
  expect(on, `these pages need Tailwind's preflight rule for ${rule} back in src/styles/preflight.css`).toEqual([]);
});

test('the check finds such an element', async () => {
  const { parse } = await import('node-html-parser');
  expect(parse('<p>H<sub>2</sub>O</p>').querySelector(LEFT_OUT.find(([s]) => s.startsWith('sub'))![0])).not.toBeNull();
});
