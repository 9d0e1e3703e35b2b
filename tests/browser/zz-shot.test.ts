import { test } from 'vitest';
import { launch, open, PHONE, DESKTOP } from '/work/main/tests/browser/chromium';
test('shots', async () => {
  const b = await launch();
  const pages = (process.env.SHOTS ?? '/').split(',');
  for (const p of pages) {
    for (const [name, opt] of [['phone', PHONE], ['desk', DESKTOP]] as const) {
      const page = await open(b, p, { ...opt, colorScheme: (process.env.SCHEME as 'dark' | 'light') ?? 'light' });
      await page.screenshot({ path: `/tmp/shots/${p.replace(/[\/#]/g, '_')}-${name}.png`, fullPage: process.env.FULL === '1' });
      await page.context().close();
    }
  }
  await b.close();
});
