// A unit's full official name, where one has been checked, shows on its page as background with the page it was
// checked on. No unit in content/ carries one yet (none has been verified), so this builds a copy of the project
// with one added: the page must label it as background, link its source, and drop the "not given" line.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, expect, test } from 'vitest';
import { t } from '../../src/i18n';
import { buildCopyWith, removeCopies } from './build-copy';

afterAll(removeCopies);

// A fixture, not a fact: the example domain marks it as such.
const NAME = '示例全称经济和信息化局';
const SOURCE = 'https://example.org/official-name';

test('a checked full name shows as background, with its source, instead of the "not given" line', () => {
  const r = buildCopyWith('units.yaml', (units) =>
    units.replace('  name: 区经信局\n', `  name: 区经信局\n  officialName: ${NAME}\n  officialNameSource: ${SOURCE}\n`),
  );
  expect(r.status, r.output).toBe(0);
  const page = parse(fs.readFileSync(path.join(r.dist, 'units/economy-it-bureau/index.html'), 'utf8'));
  const named = page.querySelector('[data-official-name]')!;
  expect(named.text).toContain(NAME);
  expect(named.querySelector('a')!.getAttribute('href')).toBe(SOURCE);
  expect(named.closest('aside')!.getAttribute('aria-label')).toBe(t('background.label'));
  expect(page.text).not.toContain(t('page.unit.noOfficialName', { name: '区经信局' }));
  // Search engines learn the full name too.
  expect(page.querySelector('script[type="application/ld+json"]')!.text).toContain(NAME);
}, 120_000);
