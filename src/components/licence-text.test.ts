import { expect, test } from 'vitest';
import { loadContent } from '../lib/load-content';
import { buildSite } from '../lib/relations';
import { licenceText } from './licence-text';

const site = buildSite(loadContent().collections);

test('the credit asks for a link to the portal’s data page, at its address once SITE_URL is known', () => {
  expect(licenceText(site, 'https://1616.example.gov.cn').attribution).toContain('附上本站链接：https://1616.example.gov.cn/data/');
});

test('while SITE_URL is unset the credit names the page to link to, and no address', () => {
  const credit = licenceText(site, undefined).attribution;
  expect(credit).toBe('署名时请写明来源：越城区“1616”专项行动信息门户，并附上本站开放数据页的链接。');
  expect(credit).not.toMatch(/http|example/);
});
