// "Cite this" as a journalist uses it: open it, copy, paste the citation that names the document first.
import { expect } from 'vitest';
import { baseUrl, DESKTOP, PHONE } from './chromium';
import { test } from './fixtures';

// The tests' build has no SITE_URL: citations then name the document and the clause only (the page and version
// parts, with an address, are checked in src/components/citation-text.test.ts).
test('an entity page’s citation copies to the clipboard, document first, then the clause, and no placeholder address', async ({
  newContext,
}) => {
  const context = await newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const page = await context.newPage();
  await page.goto(baseUrl() + '/projects/sams-club/');
  await page.getByText('引用本页').click();
  await page.getByRole('button', { name: '复制中文引文' }).click();
  // The status is set once the clipboard write resolves: wait for it rather than read it at once.
  await page.getByRole('status').filter({ hasText: '已复制' }).waitFor({ timeout: 5000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^绍兴市越城区人民政府《越城区开展“1616”专项行动打造现代服务业高质量发展样板区实施方案》（越政发〔2023〕14号，2023年12月29日），三（三）¶3。$/,
  );
  expect(copied).not.toMatch(/example|localhost|http/);
  await page.getByRole('button', { name: '复制 GB/T 7714 引文' }).click();
  // The status already says 已复制 from the first copy: wait for the clipboard itself to change.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\[Z\]\. 2023-12-29: 三（三）¶3\.$/);
});

test('every paragraph of the plan can be cited by its own clause label', async ({ open }) => {
  const page = await open('/plan/#s2-2-p3', PHONE);
  const cite = page.locator('[id="s2-2-p3"] + div details');
  await cite.locator('summary').click();
  await expect(cite.textContent()).resolves.toContain('二（二）¶3');
  await expect(cite.textContent()).resolves.not.toMatch(/example|http/);
});

test('without JavaScript the citation is plain selectable text and no dead button shows', async ({ open }) => {
  const page = await open('/industries/modern-finance/', { ...PHONE, javaScriptEnabled: false });
  await page.getByText('引用本页').click();
  await expect.poll(() => page.getByText(/^绍兴市越城区人民政府《/).isVisible()).toBe(true);
  await expect(page.getByRole('button', { name: '复制中文引文' }).count()).resolves.toBe(0);
});
