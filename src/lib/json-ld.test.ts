import { expect, test } from 'vitest';
import { pageLd, scriptJson } from './json-ld';
import { loadContent } from './load-content';
import { buildSite } from './relations';

const site = buildSite(loadContent().collections);

test('a page is based on the plan, named by its 文号, date and issuer', () => {
  const ld = pageLd(site, {
    url: 'https://e.org/units/commerce-bureau/',
    home: 'https://e.org/',
    siteName: '越城区“1616”专项行动',
    name: '区商务局',
    description: 'd',
  });
  expect(ld.isBasedOn).toMatchObject({
    '@type': 'Legislation',
    legislationIdentifier: '越政发〔2023〕14号',
    legislationDate: '2023-12-29',
  });
  expect(ld.isBasedOn.legislationPassedBy.name).toBe('绍兴市越城区人民政府');
  expect(ld).not.toHaveProperty('about');
});

test('what a page is about keeps its type and names, dropping empty lists', () => {
  const ld = pageLd(site, {
    url: 'u',
    home: 'h',
    siteName: 's',
    name: 'n',
    description: 'd',
    about: { '@type': 'GovernmentOrganization', name: '区商务局', alternateName: [] },
  });
  expect(ld.about).toEqual({ '@type': 'GovernmentOrganization', name: '区商务局' });
});

test('JSON for a script element cannot close it', () => {
  expect(scriptJson({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  expect(JSON.parse(scriptJson({ a: '</script>' }))).toEqual({ a: '</script>' });
});
