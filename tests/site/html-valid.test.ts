// Every built page conforms to the HTML standard, as html-validate's `html-validate:standard` preset checks it
// (#15): a browser forgives invalid markup, but assistive technology, search engines and other tools may not.
import fs from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from './dist';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));
const pages = [...builtPages()].sort(([a], [b]) => a.localeCompare(b));

test('the checked pages are every built page', () => {
  expect(pages.length).toBeGreaterThan(100);
});

test.each(pages)('%s is valid HTML', async (_url, file) => {
  const report = await validator.validateString(fs.readFileSync(file, 'utf8'), file);
  const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
  expect(errors).toEqual([]);
});

test('the check fails on invalid HTML', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="zh-CN"><head><title>x</title><meta content="x"></head><body></body></html>',
  );
  expect(report.valid).toBe(false);
});
