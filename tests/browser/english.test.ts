// The English edition as a foreign reader uses it: in English from the first page to the last, without JavaScript
// too; the language switch leads to the same place in Chinese; the official text stands in Chinese beside its
// unofficial English; printing and citing name the Chinese original first.
import { expect } from 'vitest';
import { englishInput } from '../../src/i18n/english-input';
import { t } from '../../src/i18n';
import { inLocale } from '../../src/i18n/locale';
import { loadContent } from '../../src/lib/load-content';
import { localizeSite } from '../../src/lib/localize';
import { buildSite } from '../../src/lib/relations';
import { baseUrl, DESKTOP, openMenu, PHONE } from './chromium';
import { test } from './fixtures';

const site = localizeSite(buildSite(loadContent().collections), englishInput());
const en = (key: Parameters<typeof t>[0]) => inLocale('en', () => t(key));

test('without JavaScript, a reader goes from the English home page to every industry, in English all the way', async ({ open }) => {
  const page = await open('/en/', { ...PHONE, javaScriptEnabled: false });
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.locator('h1').textContent()).resolves.toBe(en('site.name'));
  for (const industry of site.industries) {
    await openMenu(page);
    await page
      .getByRole('navigation', { name: en('nav.label') })
      .getByRole('link', { name: en('nav.industries') })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/industries/');
    await page.getByRole('table').getByRole('link', { name: industry.data.name, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/en/industries/${industry.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(industry.data.name);
    await expect(page.getByRole('heading', { name: 'What the plan sets out to do' }).isVisible()).resolves.toBe(true);
  }
});

test('the language switch opens the same page in Chinese, at the section the reader has open', async ({ open }) => {
  const page = await open('/en/targets/#tourism-revenue', DESKTOP);
  await page.getByRole('link', { name: '中文（简体）' }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/targets/#tourism-revenue');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  await page.getByRole('link', { name: 'English', exact: true }).first().click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/en/targets/');
});

test('the English official text keeps each Chinese paragraph at its id, with the unofficial English beside it', async ({ open }) => {
  const page = await open('/en/plan/#s2-1-p2', DESKTOP);
  await expect(page.getByText(en('page.plan.unofficial')).isVisible()).resolves.toBe(true);
  const block = page.locator('[id="s2-1-p2"]');
  await expect(block.locator('[lang="zh-CN"]').textContent()).resolves.toContain('实施镜湖新区商贸繁荣三年专项行动');
  await expect(block.textContent()).resolves.toContain(site.blocks.get('s2-1-p2')!.text);
  await expect(block.getByRole('link').first().textContent()).resolves.toBe('II(1) ¶2');
  // Side by side on a desktop: the English starts level with the Chinese.
  const [zh, english] = await block.locator('.plan-bilingual > p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().top));
  expect(english).toBe(zh);
});

test('a citation from the English edition names the Chinese original first, then its English', async ({ open }) => {
  const page = await open('/en/industries/modern-finance/', { ...PHONE, javaScriptEnabled: false });
  const text = (await page.locator('[data-cite-text]').first().textContent())!;
  expect(text.indexOf('越政发〔2023〕14号')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('绍兴市越城区人民政府')).toBeLessThan(text.indexOf(site.plan.data.issuer.text));
  expect(text).toContain('unofficial translation');
});

test('a printed English page drops navigation and keeps its citations, printed with their English address', async ({ open }) => {
  const page = await open('/en/projects/sams-club/', DESKTOP);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['header nav', `nav[aria-label="${en('breadcrumbs.label')}"]`, 'site-search', 'details.cite-this'])
    await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
  const cite = page.locator('main a[href^="/en/plan/#s3-3-p3"]').first();
  await expect(cite.isVisible()).resolves.toBe(true);
  await expect(cite.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toContain('/en/plan/#s3-3-p3');
});

test('English figures come from the formatter: RMB 100 billion for 1000亿元, on the page and in the chart', async ({ open }) => {
  const page = await open('/en/targets/#services-value-added', { ...PHONE, javaScriptEnabled: false });
  await expect(page.locator('[id="services-value-added"]').textContent()).resolves.toContain('RMB 100 billion');
  await expect(page.locator('main').textContent()).resolves.not.toContain('亿元');
});

test.for([
  ['normal text', PHONE],
  ['large text', PHONE],
] as const)(
  'the English header on a 360 px phone is as short as the Chinese one (%s), its switch in view',
  async ([setting], { newContext }) => {
    const context = await newContext(PHONE);
    if (setting === 'large text') await context.addInitScript(() => localStorage.setItem('yuecheng-1616-reading', 'large'));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/en/`);
    const height = await page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
    expect(height, `header at 360 px, ${setting}`).toBeLessThanOrEqual(120);
    await expect(page.getByRole('link', { name: '中文（简体）' }).isVisible()).resolves.toBe(true);
  },
);
